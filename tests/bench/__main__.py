"""Run the benchmarks named on the command line (all of them when none is named)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def available() -> list[str]:
    folder = Path(__file__).resolve().parent
    return sorted(p.stem.removeprefix("bench_") for p in folder.glob("bench_*.py"))


def _quiet_offscreen_warning() -> None:
    """The offscreen platform warns on every window shown; keep the tables readable."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode: object, context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _key_file() -> None:
    """Benchmarks run without the test keyring: their databases (and the desk processes
    some of them start) take their key from one key file beside the cached databases."""
    import os

    from tests.bench.bench_startup import BENCH_DIR

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("STREETDESK_KEY_FILE", str(BENCH_DIR / "bench.key"))


def main(argv: list[str]) -> int:
    _quiet_offscreen_warning()
    _key_file()
    names = argv or available()
    unknown = [name for name in names if name not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(available())}")
        return 2
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        module = importlib.import_module(f"tests.bench.bench_{name}")
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
