"""Reading lekp's data files: the column declarations, the readers, the shipped snapshot.

`schema` declares every CSV kind once; `table` reads any of them against its declaration;
`municipalities`, `realisations` and `catalogue` add the rules that span cells; `load`
returns validated models, from the snapshot of the shipped data when that is unchanged.
"""
