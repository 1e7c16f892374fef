"""Robustness corpus: hostile files and environments, one module per cause class."""
