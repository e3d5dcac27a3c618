"""A per-file time limit that works in any thread (Dask runs tasks in worker threads).

``signal.setitimer`` only reaches the main thread, so a watcher thread raises
:class:`FileTimeLimit` asynchronously in the parsing thread when a file runs over.
The exception lands at the next Python step of the parse: a single long call into C
(one regex match) is not cut short, which is why patterns are kept linear.

    with Watchdog(30.0) as watchdog:
        for path in paths:
            outcome = watchdog.call(parse_path, path, options)
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import ParamSpec, TypeVar

from ..errors import NewsparseError

P = ParamSpec("P")
R = TypeVar("R")

REFIRE_SECONDS = 1.0  # raise again if a broad ``except`` inside the parse swallowed it


class FileTimeLimit(NewsparseError):
    """One file took longer than the per-file time limit."""

    kind = "timeout"

    def __init__(self, message: str = "over the per-file time limit") -> None:
        super().__init__(message)


def _raise_in_thread(thread_id: int, exc_type: type[BaseException] | None) -> None:
    """Schedule ``exc_type`` in the thread (``None`` cancels a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc_type) if exc_type else None
    )


class Watchdog:
    """Raises :class:`FileTimeLimit` in the owning thread when a call runs over ``limit``."""

    def __init__(self, limit: float) -> None:
        if limit <= 0:
            raise ValueError("time limit: must be a positive number of seconds")
        self.limit = limit
        self._thread_id = threading.get_ident()
        self._cond = threading.Condition()
        self._deadline: float | None = None
        self._fired = False
        self._stopped = False
        self._idle = False  # the watcher waits for a deadline, not for one to pass
        self._watcher = threading.Thread(target=self._watch, name="newsparse-time-limit")
        self._watcher.daemon = True

    def __enter__(self) -> Watchdog:
        self._watcher.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with self._cond:
            self._stopped = True
            self._disarm_locked()
            self._cond.notify()
        self._watcher.join()

    def call(self, func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Run ``func``; raises :class:`FileTimeLimit` when it runs over the limit."""
        if threading.get_ident() != self._thread_id:
            raise RuntimeError("Watchdog.call: only the thread that made the watchdog")
        with self._cond:
            self._deadline = time.monotonic() + self.limit
            if self._idle:  # otherwise it wakes at the earlier deadline and sees this one
                self._cond.notify()
        try:
            result = func(*args, **kwargs)
            self._disarm()
        except FileTimeLimit:
            self._disarm()
            raise
        return result

    def _disarm(self) -> None:
        with self._cond:
            self._disarm_locked()

    def _disarm_locked(self) -> None:
        self._deadline = None
        if self._fired:  # the call ended as the limit struck: drop the exception still pending
            _raise_in_thread(self._thread_id, None)
            self._fired = False

    def _watch(self) -> None:
        with self._cond:
            while not self._stopped:
                if self._deadline is None:
                    self._idle = True
                    self._cond.wait()
                    self._idle = False
                    continue
                remaining = self._deadline - time.monotonic()
                if remaining > 0:
                    self._cond.wait(remaining)
                    continue
                _raise_in_thread(self._thread_id, FileTimeLimit)
                self._fired = True
                self._deadline = time.monotonic() + REFIRE_SECONDS
