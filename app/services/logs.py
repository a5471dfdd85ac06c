"""The desk's log: a rotating file in the per-user log folder.

Start-up steps and every failed operation are written here, so that a clerk reporting a
problem can hand over one file. ``STREETDESK_LOG_DIR`` overrides the folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from app.services.private_folders import make_private_folder
from app.services.settings import APP_NAME

LOG_FILE_NAME = "streetdesk.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
_handler: logging.Handler | None = None


def log_dir() -> Path:
    override = os.environ.get("STREETDESK_LOG_DIR")
    if override:
        return Path(override)
    data_override = os.environ.get("STREETDESK_DATA_DIR")
    if data_override:
        return Path(data_override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, False))


def log_path() -> Path:
    return log_dir() / LOG_FILE_NAME


class _StartupBuffer(logging.Handler):
    """Holds the first records until the file is opened, after the first paint: the
    rotating handler's module brings sockets and pickling along, too slow to load first."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < 1000:
            self.records.append(record)


_buffer: _StartupBuffer | None = None


def setup_logging(level: int = logging.INFO, deferred: bool = False) -> Path | None:
    """Send the ``app`` loggers to the rotating file (1 MB, five files kept). Returns the
    file, or None when the folder cannot be written (the desk still runs).

    ``deferred``: keep the records in memory until ``open_log_file`` (the desk's start
    calls it once its first window is painted)."""
    global _buffer
    logging.getLogger("app").setLevel(level)
    if deferred:
        if _handler is None and _buffer is None:
            _buffer = _StartupBuffer()
            logging.getLogger("app").addHandler(_buffer)
        return log_path()
    return open_log_file()


def open_log_file() -> Path | None:
    """Open (or keep) the rotating file and write what was held meanwhile into it."""
    global _handler, _buffer
    import logging.handlers

    path = log_path()
    logger = logging.getLogger("app")
    held = _buffer.records if _buffer is not None else []
    if _buffer is not None:
        logger.removeHandler(_buffer)
        _buffer = None
    if _handler is not None:
        if Path(getattr(_handler, "baseFilename", "")) == path:
            return path
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        make_private_folder(path.parent)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    for record in held:
        handler.handle(record)
    logger.addHandler(handler)
    _handler = handler
    return path


def shutdown_logging() -> None:
    global _handler, _buffer
    if _buffer is not None:
        logging.getLogger("app").removeHandler(_buffer)
        _buffer = None
    if _handler is not None:
        logging.getLogger("app").removeHandler(_handler)
        _handler.close()
        _handler = None
