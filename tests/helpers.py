"""Small helpers the tests share: find a fact by what it says; a page a charset guess gets wrong."""

from __future__ import annotations

from extractor import Fact


def find(facts: list[Fact], **want) -> list[Fact]:
    """The facts whose fields equal ``want`` (floats compared to 2 decimals)."""
    def ok(fact: Fact) -> bool:
        for name, value in want.items():
            have = getattr(fact, name)
            if isinstance(value, float) and have is not None:
                if round(have, 2) != round(value, 2):
                    return False
            elif have != value:
                return False
        return True

    return [f for f in facts if ok(f)]


def one(facts: list[Fact], **want) -> Fact:
    """Exactly one fact says this; fail with what was found otherwise."""
    hits = find(facts, **want)
    listing = "\n".join(f"  {f.subject} {f.indicator} {f.year} {f.metric} {f.value} {f.value_text or ''} "
                        f"{f.qualifier or ''} {f.component or ''}" for f in facts)
    assert len(hits) == 1, f"expected one fact {want}, found {len(hits)} among:\n{listing}"
    return hits[0]


# ISO-8859-1 that charset detection takes for cp1250 ("fenętre"): only a declared charset reads it right.
LATIN1_PAGE = ("<html><head><title>Lang Son</title><meta property='og:type' content='article'></head><body>"
               "<article><p>Le PAR INDEX de la province de Lang Son a atteint 87,11 %, soit une hausse de "
               "13 places. Été comme hiver, la fenêtre reste ouverte.</p></article></body></html>")
