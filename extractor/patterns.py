"""Where the rules live: YAML files under ``patterns/`` that analysts edit.

Nothing in the Python code names a province, an index alias or a trigger
word; it all comes from these files. ``version()`` hashes them so stored
facts record which rules produced them, and a changed rule re-extracts.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any

import yaml

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "patterns"
# libyaml's parser when PyYAML has it: the rule files are parsed by every new process, pure Python takes 0.1 s
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def patterns_dir() -> Path:
    """``$CHISO_PATTERNS`` if set, else the ``patterns/`` folder of this checkout."""
    return Path(os.environ.get("CHISO_PATTERNS", DEFAULT_DIR))


@functools.cache
def load(name: str) -> Any:
    """Parse ``patterns/<name>.yml`` (``name`` may contain a sub-folder)."""
    path = patterns_dir() / f"{name}.yml"
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)


@functools.cache
def version() -> str:
    """A digest of every pattern file, so a rule change is visible in the output."""
    digest = hashlib.sha1()
    for path in sorted(patterns_dir().rglob("*.yml")):
        digest.update(path.relative_to(patterns_dir()).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]
