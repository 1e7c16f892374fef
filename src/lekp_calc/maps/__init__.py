"""Maps of the Flemish municipalities: shipped boundaries and SVG choropleths, standard library only.

`boundaries` decodes the shipped `boundaries.json` (2025 and 2024 territories, Lambert 72 metres);
`svg` draws them as inline SVG text. Cite `boundaries.citation()` under a published map.
"""
