#!/usr/bin/env python3
"""Developer commands that set themselves up: a virtual environment in ``.venv`` with the
project installed, the compiled translations, and (for tests, on Debian) Qt's libraries.

    python3 dev.py demo          launch StreetDesk on the demo database
    python3 dev.py run [ARGS]    launch StreetDesk with its own arguments
    python3 dev.py test [ARGS]   lint, type-check and run every test (pytest ARGS)
    python3 dev.py bench         run the benchmarks and print their tables
    python3 dev.py i18n          refresh i18n/*.ts from the sources and compile them
    python3 dev.py lint          ruff (lint and format check) and mypy only

Only the standard library is used here, so it runs on a fresh Python 3.11+.
"""

from __future__ import annotations

import ast
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if IS_WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if IS_WINDOWS else "python")
STAMP = VENV / ".streetdesk-installed"
LANGUAGES = ("zh_CN", "en")
CATALOGUE = "streetdesk"
# Libraries Qt's offscreen and xcb platforms need on a bare Debian machine.
DEBIAN_QT_PACKAGES = (
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xinerama0",
)


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(*args: str | Path, check: bool = True, env: dict[str, str] | None = None) -> int:
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=False)
    if check and result.returncode != 0:
        raise SystemExit(result.returncode)
    return result.returncode


def ensure_venv() -> None:
    """Create .venv and install the project with its test tools, once per pyproject change."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 is first
        raise SystemExit("StreetDesk needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        say("creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say("installing StreetDesk and its dependencies")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted)


def ensure_debian_qt_libraries() -> None:
    """Qt's platform plugins need a few shared libraries; install the missing ones."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = [
        package
        for package in DEBIAN_QT_PACKAGES
        if subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        ).stdout.strip()
        != "install ok installed"
    ]
    if not missing:
        return
    say("installing Qt's libraries: " + " ".join(missing))
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if run(*sudo, "apt-get", "install", "-y", "-q", *missing, check=False, env=env) != 0:
        run(*sudo, "apt-get", "update", "-q", check=False, env=env)
        run(*sudo, "apt-get", "install", "-y", "-q", *missing, env=env)


def _pyside_tool(name: str) -> Path:
    tool = BIN / (f"pyside6-{name}.exe" if IS_WINDOWS else f"pyside6-{name}")
    if not tool.exists():
        raise SystemExit(f"pyside6-{name} is missing from .venv")
    return tool


def _service_messages() -> list[str]:
    """Every N_("...") message in app/services: errors the views translate ("Errors")."""
    messages: list[str] = []
    for path in sorted((ROOT / "app" / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in messages
            ):
                messages.append(node.args[0].value)
    return messages


def update_catalogues(folder: Path = ROOT / "i18n") -> None:
    """Refresh the .ts files in ``folder`` from the code, keeping every translation made."""
    sources = sorted(str(p) for p in (ROOT / "app" / "views").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp) / "service_messages.py"
        lines = [f"QT_TRANSLATE_NOOP({'Errors'!r}, {message!r})" for message in _service_messages()]
        marks.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for language in LANGUAGES:
            target = folder / f"{CATALOGUE}_{language}.ts"
            run(
                _pyside_tool("lupdate"),
                *sources,
                marks,
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-silent",
                "-ts",
                target,
            )


def compile_catalogues() -> None:
    for language in LANGUAGES:
        source = ROOT / "i18n" / f"{CATALOGUE}_{language}.ts"
        target = source.with_suffix(".qm")
        run(_pyside_tool("lrelease"), "-silent", source, "-qm", target)


def ensure_postgresql_for_ci() -> None:
    """In CI the PostgreSQL tests are required: start the local server if it is down."""
    if os.environ.get("CI", "").lower() != "true" or not sys.platform.startswith("linux"):
        return
    if shutil.which("pg_isready") and run("pg_isready", "-h", "127.0.0.1", "-q", check=False) == 0:
        return
    clusters = Path("/etc/postgresql")
    if shutil.which("pg_ctlcluster") and clusters.is_dir():
        for version in sorted(p.name for p in clusters.iterdir()):
            say(f"starting PostgreSQL {version}")
            run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start", check=False)


def lint() -> None:
    run(PYTHON, "-m", "ruff", "check", "app", "tests", "dev.py", "packaging")
    run(PYTHON, "-m", "ruff", "format", "--check", "app", "tests", "dev.py", "packaging")
    run(PYTHON, "-m", "mypy")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command in ("help", "-h", "--help"):
        print(__doc__)
        return 0
    ensure_venv()
    if command == "i18n":
        update_catalogues()
        compile_catalogues()
        return 0
    compile_catalogues()
    if command == "demo":
        return run(BIN / "streetdesk", "--demo", *rest, check=False)
    if command == "run":
        return run(BIN / "streetdesk", *rest, check=False)
    if command == "lint":
        lint()
        return 0
    if command == "test":
        ensure_debian_qt_libraries()
        ensure_postgresql_for_ci()
        lint()
        return run(PYTHON, "-m", "pytest", *rest, check=False)
    if command == "bench":
        ensure_debian_qt_libraries()
        return run(PYTHON, "-m", "tests.bench", *rest, check=False)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
