"""The columns of the ``scorecard`` view, one group per index of the vocabulary.

Generated rather than written out so the six indices cannot drift apart;
``sqlite3 facts.sqlite '.schema scorecard'`` shows the resulting SQL.
"""

from __future__ import annotations

INDICES = ("PAR_INDEX", "SIPAS", "PAPI", "PCI", "ICT_INDEX", "DTI")

# (column suffix, metric, observations column)
COLUMNS = (
    ("score", "score", "value"),
    ("score_unit", "score", "unit"),
    ("rank", "rank", "value"),
    ("out_of", "rank", "out_of"),
    ("band", "band", "value_text"),
)


def substitutions() -> dict[str, str]:
    """The ``$indices`` and ``$index_columns`` placeholders of ``views.sql``."""
    columns = [
        f"       max(case when indicator = '{index}' and metric = '{metric}' then {source} end)"
        f" as {index.lower()}_{suffix}"
        for index in INDICES for suffix, metric, source in COLUMNS
    ]
    return {"indices": ", ".join(f"'{index}'" for index in INDICES), "index_columns": ",\n".join(columns)}
