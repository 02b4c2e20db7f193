"""Run blocking work on one dedicated thread, awaitably.

SQLite connections belong to the thread that opened them, and the extraction
pipeline is written for one caller at a time; the crawler's event loop hands
both to this thread, so neither needs locks and the network never waits on a
slow page being mined except for that page.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class DedicatedThread:
    """``await thread.run(fn, *args)`` runs ``fn`` on the same thread every time."""

    def __init__(self, name: str):
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
