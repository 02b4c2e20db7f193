"""The evidence page of one document: its text with every fact highlighted.

A person checks an extraction by looking: each fact's span
(``documents.text[span_start:span_end]``) is underlined with displaCy's span
renderer and labelled with what was read there (indicator, year, metric,
value); a table below lists the facts in full.
"""

from __future__ import annotations

import html
import re
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

import sqlite_utils
from spacy import displacy

# One colour per indicator, so a page's figures group at a glance.
COLOURS = {
    "PAR_INDEX": "#7aecec", "SIPAS": "#bfeeb7", "PAPI": "#feca74", "PCI": "#ff9561",
    "ICT_INDEX": "#aa9cfc", "DTI": "#c887fb", "TTHC": "#9cc9cc", "DVC": "#ffeb80", "HO_SO": "#e4e7d2",
}
UNITS = {"percent": "%", "points": " pts"}
FACT_COLUMNS = ("subject", "indicator", "component", "year", "metric", "value", "value_text", "unit",
                "out_of", "qualifier", "is_target", "confidence", "span_start", "span_end")


def find_document(db: sqlite_utils.Database, ref: str) -> dict[str, Any] | None:
    """The stored document whose doc_id or source is ``ref`` (a path also matches once resolved)."""
    documents = db["documents"]
    found = next(documents.rows_where("doc_id = ? or source = ?", [ref, ref]), None)
    if found is None and Path(ref).exists():
        wanted = Path(ref).resolve()
        same_name = documents.rows_where("source like ?", [f"%{Path(ref).name}"])
        found = next((row for row in same_name if Path(row["source"]).resolve() == wanted), None)
    return found


def render(document: dict[str, Any], facts: list[dict[str, Any]]) -> str:
    """The HTML page of ``document`` with ``facts`` (rows of the facts table) highlighted."""
    text = document["text"] or ""
    labels = {f["fact_id"]: html.escape(_label(f)) for f in facts}
    paragraphs = [_paragraph(text, m.start(), m.end(), facts, labels) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    colours = {labels[f["fact_id"]].upper(): COLOURS.get(f["indicator"], "#ddd") for f in facts}
    body = displacy.render(paragraphs, style="span", manual=True, options={"colors": colours}) if paragraphs else ""
    template = Template(files(__package__).joinpath("evidence.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=html.escape(document.get("title") or document["source"]),
        meta=html.escape(" · ".join(str(document[k]) for k in ("source", "url", "published", "site") if document.get(k))),
        spun="spun copy" if document.get("spun") else "",
        count=len(facts),
        body=body,
        header="".join(f"<th>{c}</th>" for c in FACT_COLUMNS),
        rows="\n".join("<tr>" + "".join(f"<td>{html.escape(_cell(f[c]))}</td>" for c in FACT_COLUMNS) + "</tr>"
                       for f in facts),
    )


def write_page(db: sqlite_utils.Database, ref: str, out_dir: Path) -> Path:
    """Write the evidence page of document ``ref`` (doc_id or path) into ``out_dir``; returns its path."""
    document = find_document(db, ref)
    if document is None:
        raise LookupError(f"no document {ref!r} in the database: extract it first")
    facts = list(db["facts"].rows_where("doc_id = ?", [document["doc_id"]], order_by="span_start, span_end"))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{document['doc_id']}.html"
    out.write_text(render(document, facts), encoding="utf-8")
    return out


def _paragraph(text: str, start: int, end: int, facts: list[dict[str, Any]], labels: dict[str, str]) -> dict[str, Any]:
    """One displaCy "manual" span document: the paragraph's words, cut at span edges so spans align."""
    inside = [f for f in facts if f["span_start"] < end and f["span_end"] > start]
    cuts = {max(start, min(end, edge)) for f in inside for edge in (f["span_start"], f["span_end"])}
    tokens: list[tuple[int, int]] = []
    for word in re.finditer(r"\S+", text[start:end]):
        edges = sorted({start + word.start(), start + word.end(),
                        *(c for c in cuts if start + word.start() < c < start + word.end())})
        tokens += zip(edges, edges[1:])
    spans = []
    for f in inside:
        covered = [i for i, (a, b) in enumerate(tokens) if a >= f["span_start"] and b <= f["span_end"]]
        if covered:
            spans.append({"start_token": covered[0], "end_token": covered[-1] + 1, "label": labels[f["fact_id"]]})
    return {"text": text[start:end], "tokens": [text[a:b] for a, b in tokens], "spans": spans}


def _label(fact: dict[str, Any]) -> str:
    """"PAR_INDEX 2015 score 85.3 pts/100 · Bình Thuận"."""
    value = fact["value_text"] if fact["value"] is None else _cell(fact["value"]) + UNITS.get(fact["unit"], "")
    indicator = f"{fact['indicator']} ({fact['component']})" if fact["component"] else fact["indicator"]
    parts = [indicator, _cell(fact["year"]), fact["metric"], value]
    parts += [f"/{_cell(fact['out_of'])}" if fact["out_of"] else "", fact["qualifier"] or "",
              "(target)" if fact["is_target"] else ""]
    return " ".join(p for p in parts if p).replace(" /", "/") + f" · {fact['subject']}"


def _cell(value: Any) -> str:
    """Numbers without a spurious ".0"; None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
