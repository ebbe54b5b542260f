"""Progress on a terminal, silence elsewhere.

A long run shows a progress bar (tqdm) on standard error when standard error
is a terminal; when it is a file or a pipe (a log, CI, another program) nothing
is printed, so the run's only line there is its summary.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO


def is_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal (``isatty``); a stream without ``isatty`` is not.

    >>> import io
    >>> is_terminal(io.StringIO())
    False
    """
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # no isatty, or a closed stream
        return False


@contextmanager
def progress_bar(total: int, desc: str, stream: TextIO | None = None, delay: float = 0.5,
                 mininterval: float = 0.1) -> Iterator[Callable[..., object] | None]:
    """``update(n=1)`` of a bar of ``total`` steps on a terminal, or ``None`` when ``stream`` is not one.

    The bar appears after ``delay`` seconds (short runs stay quiet), is redrawn
    at most every ``mininterval`` seconds, and is removed when done.

    >>> import io
    >>> with progress_bar(10, "documents", io.StringIO()) as update:
    ...     update is None
    True
    """
    stream = sys.stderr if stream is None else stream
    if not is_terminal(stream):
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=desc, unit="doc", file=stream, delay=delay, leave=False,
              mininterval=mininterval, dynamic_ncols=True) as bar:
        yield bar.update
