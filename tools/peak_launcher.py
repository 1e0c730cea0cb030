"""Run a command and report its own time and peak memory: ``peak_launcher.py REPORT CMD...``.

`bench.run_once` starts every measured command through this small process. A child's peak
RSS (``ru_maxrss``) counts the memory of the process it was forked from, up to its exec:
forked from the benchmarks' own process, which has compared books in-process for the window
sections by then, an overview of the seeds "took" 282 MB. Forked from here, it counts a few
megabytes of this launcher at most. Writes "SECONDS MAXRSS" (ru_maxrss as the system gives
it) to REPORT, and ends as the command ended: its exit code, or killed by the same signal.
"""

from __future__ import annotations

import os
import signal
import sys
import time


def main() -> None:
    report, argv = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        except OSError as error:
            print(f"cannot run {argv[0]}: {error.strerror}", file=sys.stderr, flush=True)
        os._exit(127)  # not found, or not runnable: as a shell says it
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    with open(report, "w", encoding="utf-8") as out:
        out.write(f"{seconds} {usage.ru_maxrss}")
    if os.WIFSIGNALED(status):
        killed = os.WTERMSIG(status)
        signal.signal(killed, signal.SIG_DFL)
        os.kill(os.getpid(), killed)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
