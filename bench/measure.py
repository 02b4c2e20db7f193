"""Run a command; measure its wall time and its peak memory, all its processes together.

Memory is the proportional set size (PSS) summed over the process and its
descendants (worker pools, Ray's raylet and workers), sampled every 0.2 s:
PSS splits shared pages between the processes that share them, so a forked
worker is not counted twice for the libraries it shares with its parent.
CPU seconds (of every process of the tree, as last sampled) and the machine's
load average come along: on a shared machine they tell a slow run from a
crowded one, and pages per CPU second is the throughput of one core.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

import psutil


@dataclass
class Measurement:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    load: float  # the machine's 1-minute load average at the end
    stdout: str

    def rate(self, pages: int) -> float:
        return pages / self.seconds

    def row(self, label: str, pages: int) -> str:
        return (f"{label:<26} {pages:>6} {self.seconds:>8.1f} {self.rate(pages):>8.1f} {self.peak_mb:>8.0f} "
                f"{self.cpu_seconds:>7.1f} {pages / self.cpu_seconds:>9.1f} {self.load:>5.1f}")


HEADER = f"{'run':<26} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'peak MB':>8} {'CPU s':>7} {'pages/CPUs':>9} {'load':>5}"


def measure(command: list[str], interval: float = 0.2) -> Measurement:
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = psutil.Popen(command, stdout=out, stderr=err)
        peak, cpu = 0, {}
        while process.poll() is None:
            peak = max(peak, _sample(process, cpu))
            time.sleep(interval)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{err.read()[-3000:]}")
        return Measurement(seconds, sum(cpu.values()), peak / 2**20, os.getloadavg()[0], out.read())


def fastest(commands: dict[str, Callable[[int], list[str]]], repeat: int, pages: int) -> dict[str, Measurement]:
    """Run each command ``repeat`` times, interleaved, printing every run; return the fastest of each.

    ``commands`` maps a label to the command line of run number ``i`` (so each
    run can write a fresh database). A busy machine only ever slows a run down,
    so the fastest run is the one least disturbed.
    """
    best: dict[str, Measurement] = {}
    for i in range(repeat):
        for label, command in commands.items():
            m = measure(command(i))
            print(m.row(label if repeat == 1 else f"{label} #{i + 1}", pages), flush=True)
            if label not in best or m.seconds < best[label].seconds:
                best[label] = m
    if repeat > 1:
        print("fastest runs:")
        for label, m in best.items():
            print(m.row(label, pages))
    return best


def _sample(process: psutil.Process, cpu: dict[tuple[int, float], float]) -> int:
    """The tree's summed PSS now; updates ``cpu`` (per process) with its CPU seconds so far."""
    total = 0
    try:
        family = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in family:
        try:
            with member.oneshot():
                total += member.memory_full_info().pss
                times = member.cpu_times()
                cpu[(member.pid, member.create_time())] = times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total
