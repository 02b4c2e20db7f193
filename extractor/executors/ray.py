"""A Ray cluster: one Ray Data task per shard, each writing its own SQLite file.

The tasks run the same stages as a local run (read → process → write) into
``SHARD_DIR/<shard id>.sqlite``; the driver merges each file into the output
as it arrives (``extractor.merge``), records the shard as merged, and deletes
the file. A task that fails is retried by Ray (``RETRIES`` times), then left
out while the others finish; the run reports it, and a re-run skips every
shard already merged, so only the failed ones run again.

Inputs and ``SHARD_DIR`` must be paths every node can read and write (a
shared filesystem), as with any cluster job over files.
"""

from __future__ import annotations

import logging
import pickle
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

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
    context = ray.data.DataContext.get_current()
    context.retried_map_errors, context.max_map_retries = True, RETRIES  # worker deaths Ray retries anyway
    context.max_errored_blocks = len(todo)  # a shard still failing is reported, the others finish
    context.enable_progress_bars = not quiet
    if quiet:
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    items = [{**asdict(shard), "db": str(shard_dir / f"{shard.id}.sqlite")} for shard in todo]
    results = ray.data.from_items(items, override_num_blocks=len(items)).map(run_shard)
    merged: set[str] = set()
    merge_errors: dict[str, str] = {}
    for row in results.iter_rows():
        shard_db = Path(row["db"])
        try:
            merge_shard(store, shard_db, row["id"])
        except StoreError as exc:
            merge_errors[row["id"]] = str(exc)
            continue
        merged.add(row["id"])
        run.summary.add(pickle.loads(row["summary"]))
        shard_db.unlink()
    run.merged = len(merged)
    if merged:
        refresh(store.db)  # the analysts' derived tables follow the merged facts
    run.failed = [(s, merge_errors.get(s.id, f"failed after {RETRIES + 1} attempts (see the Ray log above)"))
                  for s in todo if s.id not in merged]
    return run


def run_shard(row: dict[str, Any]) -> dict[str, Any]:
    """The task: one shard's pages through the pipeline into the shard's own database.

    A retried task finds the pages its earlier attempt wrote and skips them.
    """
    shard = Shard(row["id"], tuple(row["paths"]), row["start"], row["end"])
    store = Store(row["db"])
    try:
        summary = Summary()
        write_results(store, process_new(store, shard.pages(summary.not_pages)), summary)
    finally:
        store.close()
    return {"id": shard.id, "db": row["db"], "summary": pickle.dumps(summary)}  # Counters do not fit Arrow


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401  (Ray Data is in the extra, not in plain ``ray``)
    except ImportError as exc:
        raise RayUnavailable(INSTALL_HINT) from exc
    return ray
