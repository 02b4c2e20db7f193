"""Readers: turn what the user pointed at into ``Page`` records."""

from .files import SUPPORTED, read_paths

__all__ = ["SUPPORTED", "read_paths"]
