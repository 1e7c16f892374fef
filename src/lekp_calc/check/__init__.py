"""`lekp check`: problem codes, problems as typed objects, and the checks across files."""
