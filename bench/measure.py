"""Run a command; measure its wall time and its peak memory, all its processes together.

Memory is the proportional set size (PSS) summed over the process and its
descendants (worker pools, Ray's raylet and workers), sampled every 0.2 s:
PSS splits shared pages between the processes that share them, so a forked
worker is not counted twice for the libraries it shares with its parent.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

import psutil


@dataclass
class Measurement:
    seconds: float
    peak_mb: float
    stdout: str

    def rate(self, pages: int) -> float:
        return pages / self.seconds


def measure(command: list[str], interval: float = 0.2) -> Measurement:
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = psutil.Popen(command, stdout=out, stderr=err)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_pss(process))
            time.sleep(interval)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{err.read()[-3000:]}")
        return Measurement(seconds, peak / 2**20, out.read())


def _tree_pss(process: psutil.Process) -> int:
    total = 0
    try:
        family = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in family:
        try:
            total += member.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total
