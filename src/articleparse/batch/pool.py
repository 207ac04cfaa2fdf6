"""An ordered, bounded process pool: chunks go out, results come back in input order.

``multiprocessing.Pool.imap`` reads its whole input ahead of the workers, so memory
grows with the input.  :func:`ordered_map` keeps at most ``window`` chunks in flight,
which bounds memory whatever the number of records.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from articleparse.errors import quiet_language_warnings

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["ordered_map", "default_workers"]

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _start_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly and keeps its output,
    and leave articles in no supported language to their records' flags."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet_language_warnings()


def ordered_map(
    function: Callable[[T], R],
    chunks: Iterable[T],
    *,
    workers: int,
    window: int | None = None,
    start_method: str | None = None,
) -> Iterator[R]:
    """``map(function, chunks)`` on ``workers`` processes, yielding in input order.

    ``workers <= 1`` runs in this process (no pickling, no start-up cost).  At most
    ``window`` chunks (default ``2 * workers + 1``) are submitted but not yet yielded.
    ``function`` must be a picklable module-level callable (a ``functools.partial`` of
    one is fine).
    """
    if workers <= 1:
        yield from map(function, chunks)
        return
    import multiprocessing  # here, not at the top: importing the package stays cheap
    from concurrent.futures import ProcessPoolExecutor

    limit = window or 2 * workers + 1
    context = multiprocessing.get_context(start_method) if start_method else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_start_worker) as pool:
        pending: deque[Future[R]] = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(function, chunk))
                if len(pending) >= limit:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
