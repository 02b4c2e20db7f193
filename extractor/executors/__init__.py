"""Executors: where the pipeline's stages run. The stages are the same everywhere.

    readers ─▶ pipeline.process ─▶ store (one writer)

- ``extractor.run``: one process, or all cores through ``processes.map_in_processes``;
  the parent reads, skips unchanged pages and writes, workers only process.
- ``ray``: a Ray cluster; each shard (``shards``) is a task that writes its own
  SQLite file, which the driver merges (``extractor.merge``).
"""
