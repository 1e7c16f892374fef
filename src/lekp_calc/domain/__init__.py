"""The pure core of lekp: the model, the target maths, aggregates, progress and selection.

Nothing in this package reads files, prints or looks at the environment; every function
takes validated models and returns results.
"""
