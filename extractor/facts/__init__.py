"""Facts: figures become facts once we know which index, whose, and which year.

A figure mention ("xếp thứ 23/63") carries its value; the rest comes from the
sentence around it, read the way a Vietnamese reader does. One module per
question the reading answers:

* ``which_index`` — the index is named in the same clause (left first, then
  right), else earlier in the paragraph, else in the title, else earlier in
  the page;
* ``whose`` — the subject is the nearest place or agency before the figure in
  its clause (not one it is compared with, nor the "/63 tỉnh, thành phố" after
  a rank), else the one right after it, else whoever the sentence or paragraph
  was about, else the province the page is about ("tỉnh ta");
* ``which_year`` — the year written with the figure or its index, else the
  last one of the sentence or paragraph that is not a baseline ("so với năm
  2020"), else the title's. Never the publication year blindly;
* ``lists`` — several places and figures paired by "lần lượt", by order, by
  "tiếp theo là";
* ``counts`` — counts and rates of procedures, services and dossiers;
  ``which_qualifier`` what they count (received, on time, level 4 …),
  ``which_tier`` the tier of government, ``which_period`` the span of time;
* ``tables`` — one place's results by year, printed as a table;
* ``values`` — the values themselves, their units, and the words that make a
  figure a target, a bound or a what-if.

``builder`` walks the sentences and asks them in turn. Every fact points at
the figure's span; a figure we cannot tie to an index is dropped, never guessed.
"""

from .builder import FactBuilder
from .model import Namer, PageContext, Subject
from .output import with_despun
from .view import SentenceView
from .which_index import NAMERS, namer_key

__all__ = ["FactBuilder", "NAMERS", "Namer", "PageContext", "SentenceView", "Subject", "namer_key", "with_despun"]
