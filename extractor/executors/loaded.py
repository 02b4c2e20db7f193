"""Imported by the worker processes' fork server: loads the pipeline once, so every worker forks loaded."""

from ..pipeline import warm

warm()
