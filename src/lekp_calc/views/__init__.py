"""Views: each result of the library turned into one neutral, format-free description.

A view holds what a reader sees — title, facts, sections, tables with typed columns,
lists, notes, figures — in the chosen language, plus the machine records that CSV and
JSON export. Every renderer (`render/`) turns any view into its format; no view is
written twice, and no renderer knows which command made the view.
"""
