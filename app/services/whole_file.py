"""Writing a file so that it is either whole or not there: written beside the target and
renamed over it only when complete, so a failed or cancelled export never leaves the
user's existing file half overwritten."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.services.errors import N_, ValidationError


def write_whole_file(
    path: Path, write: Callable[[Path], None], before_replace: Callable[[], None] | None = None
) -> None:
    """``write(partial)`` fills a scratch file beside ``path``; ``before_replace`` may
    still raise (a cancel) before it takes the target's place. A file-system error
    becomes a ``ValidationError`` on ``file``; the scratch file never stays behind."""
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")
    try:
        write(partial)
        if before_replace is not None:
            before_replace()
        os.replace(partial, path)
    except OSError as exc:
        raise ValidationError(
            "file",
            N_("{file} cannot be written ({reason})."),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
