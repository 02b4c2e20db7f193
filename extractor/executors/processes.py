"""All cores of one machine: an order-preserving ``map`` over worker processes.

Only the standard library's process pool. The caller keeps the single SQLite
writer; workers get pages and return results. At most ``2 × workers`` batches
are in flight, so memory stays flat however large the input
(``Pool.imap`` and ``Executor.map`` would read the whole input ahead).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

BATCH = 8  # pages per task: enough to hide the hand-over cost, few enough to balance the load


def cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def map_in_processes(fn: Callable[[T], R], items: Iterable[T], workers: int, batch: int = BATCH) -> Iterator[R]:
    """``map(fn, items)`` in ``workers`` processes, results in input order.

    ``fn`` must be a module-level function (it is pickled by name). Input
    that fits in one batch runs here: starting processes would cost more.
    """
    batches = _batched(items, batch)
    head = list(islice(batches, 2))
    if len(head) < 2:
        for chunk in head:
            yield from map(fn, chunk)
        return
    context = multiprocessing.get_context("forkserver")  # no fork of a parent holding threads or a db handle
    # the server loads patterns and models once and forks each worker from there (issue 14)
    context.set_forkserver_preload(["extractor.executors.loaded"])
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        pending: deque[Future[list[R]]] = deque()
        for chunk in chain(head, batches):
            pending.append(pool.submit(_map_list, fn, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def _map_list(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
