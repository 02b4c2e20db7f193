"""A Ray cluster: one Ray task per shard, each writing its own SQLite file.

The tasks run the same stages as a local run (read → process → write) into
``SHARD_DIR/<shard id>.sqlite``; the driver merges each file into the output
as it arrives (``extractor.merge``), records the shard as merged, and deletes
the file. A task that fails is retried by Ray (``RETRIES`` times), then left
out while the others finish; the run reports it, and a re-run skips every
shard already merged, so only the failed ones run again.

Plain Ray tasks rather than Ray Data: a shard is minutes of work whose only
output is a file name and a summary, so there are no blocks to stream; Ray
Data added two actors, Arrow conversions and 300 MB, and ran 10 % slower on
two CPUs, while ``ray.wait`` hands each shard's own exception to the report.

Inputs and ``SHARD_DIR`` must be paths every node can read and write (a
shared filesystem), as with any cluster job over files.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..analysis import refresh
from ..merge import merge_shard, merged_shards
from ..run import Summary, extractor_version, process_new, write_results
from ..store import Store, StoreError
from .shards import Shard, plan_shards

RETRIES = 2
INSTALL_HINT = "Ray is not installed: pip install 'chiso[ray]' (in a checkout: pip install '.[ray]')"


class RayUnavailable(RuntimeError):
    """``--engine ray`` without Ray installed, or with a cluster that cannot be started or joined."""


@dataclass
class ClusterRun:
    """A cluster run: the summed shard summaries, and which shards ran, were skipped or failed."""

    summary: Summary = field(default_factory=Summary)
    merged: int = 0
    already_merged: int = 0
    failed: list[tuple[Shard, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.summary.lines(), f"shards merged: {self.merged}  already merged: {self.already_merged}  "
                                       f"failed: {len(self.failed)}"]


def run_on_ray(paths: list[str], db: str | Path, address: str | None = None,
               shard_dir: str | Path | None = None, quiet: bool = True) -> ClusterRun:
    """Extract ``paths`` into ``db`` on the Ray cluster at ``address`` (a new local one if none is running)."""
    ray = _import_ray()
    store = Store(db)
    started = not ray.is_initialized()
    try:
        if started:
            _init(ray, address)
        return _run(ray, store, paths, Path(shard_dir or f"{db}.shards"), quiet)
    finally:
        store.close()
        if started and ray.is_initialized():
            ray.shutdown()


def _init(ray: Any, address: str | None) -> None:
    try:
        ray.init(address=address, logging_level=logging.WARNING, configure_logging=True)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise RayUnavailable(f"cannot start or join a Ray cluster at {address or 'this machine'}: {exc}") from exc


def _run(ray: Any, store: Store, paths: list[str], shard_dir: Path, quiet: bool) -> ClusterRun:
    slots = 2 * int(ray.cluster_resources().get("CPU", 1))  # two shards per CPU evens out uneven shards
    done = merged_shards(store)
    shards = plan_shards(paths, slots, extractor_version())
    todo = [s for s in shards if s.id not in done]
    run = ClusterRun(already_merged=len(shards) - len(todo))
    if not todo:
        return run
    shard_dir.mkdir(parents=True, exist_ok=True)
    task = ray.remote(max_retries=RETRIES, retry_exceptions=True)(run_shard)
    shard_of = {task.remote(shard, str(_shard_db(shard_dir, shard))): shard for shard in todo}
    pending = list(shard_of)
    with tqdm(total=len(todo), desc="shards", unit="shard", disable=quiet, leave=False) as progress:
        while pending:
            [ready], pending = ray.wait(pending)
            _merge(ray, store, shard_of[ready], ready, shard_dir, run)
            progress.update()
    if run.merged:
        refresh(store.db)  # the analysts' derived tables follow the merged facts
    return run


def _merge(ray: Any, store: Store, shard: Shard, ref: Any, shard_dir: Path, run: ClusterRun) -> None:
    """Merge a finished shard's database into ``store``, or note why it failed."""
    try:
        summary = ray.get(ref)
    except ray.exceptions.RayError as exc:
        run.failed.append((shard, f"failed after {RETRIES + 1} attempts: {_cause(exc)}"))
        return
    shard_db = _shard_db(shard_dir, shard)
    try:
        merge_shard(store, shard_db, shard.id)
    except StoreError as exc:
        run.failed.append((shard, f"could not be merged: {exc}"))
        return
    run.merged += 1
    run.summary.add(summary)
    shard_db.unlink()


def run_shard(shard: Shard, db: str) -> Summary:
    """The task: one shard's pages through the pipeline into the shard's own database ``db``.

    A retried task finds the pages its earlier attempt wrote and skips them.
    """
    store = Store(db)
    try:
        summary = Summary()
        return write_results(store, process_new(store, shard.pages(summary.not_pages)), summary)
    finally:
        store.close()


def _shard_db(shard_dir: Path, shard: Shard) -> Path:
    return shard_dir / f"{shard.id}.sqlite"


def _cause(exc: Exception) -> str:
    """The task's own exception, in one line, rather than Ray's wrapping traceback."""
    cause = getattr(exc, "cause", None) or exc
    return f"{type(cause).__name__}: {str(cause).splitlines()[-1] if str(cause) else ''}"


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(INSTALL_HINT) from exc
    return ray
