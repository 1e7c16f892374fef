"""Run the command line as `python -m lekp_calc`, exactly like the `lekp` command."""

from lekp_calc.cli import main

if __name__ == "__main__":
    main()
