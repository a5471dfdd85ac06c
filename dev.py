#!/usr/bin/env python3
"""Developer commands that set themselves up: a virtual environment in ``.venv`` with the
project installed, the compiled translations, and (on Debian and Ubuntu) Qt's libraries.

    python3 dev.py demo          launch StreetDesk on the demo database
    python3 dev.py run [ARGS]    launch StreetDesk with its own arguments
    python3 dev.py test [ARGS]   lint, type-check and run every test (pytest ARGS)
    python3 dev.py bench         run the benchmarks and print their tables
    python3 dev.py i18n          refresh i18n/*.ts from the sources and compile them
    python3 dev.py bundle        build the one-folder PyInstaller bundle in dist/StreetDesk
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
#: Where the compiled catalogues go: package data, found by ``app/resources``.
CATALOGUE_DIR = ROOT / "app" / "resources" / "i18n"
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
    # Not Qt's, but needed the same way: a font covering CJK extensions B and beyond for
    # the print and screen fallback chain (app/services/printing/fonts.py), and pdffonts
    # for the tests that check what a printout embeds.
    "fonts-hanazono",
    "poppler-utils",
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


def _installed(package: str) -> bool:
    """Installed under its name or its 64-bit-time name (Debian 13, Ubuntu 24.04)."""
    for name in (package, f"{package}t64"):
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        ).stdout.strip()
        if status == "install ok installed":
            return True
    return False


def missing_debian_qt_packages() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    return [package for package in DEBIAN_QT_PACKAGES if not _installed(package)]


def ensure_debian_qt_libraries() -> None:
    """Qt's platform plugins need a few shared libraries; install the missing ones, or say
    which they are and how to install them when this user may not."""
    missing = missing_debian_qt_packages()
    if not missing:
        return
    install = ["apt-get", "install", "-y", "-q", *missing]
    advice = (
        "Qt needs these Debian packages, which are not installed: "
        + " ".join(missing)
        + "\nInstall them with:\n    sudo apt-get install "
        + " ".join(missing)
    )
    if os.geteuid() == 0:
        sudo: list[str] = []
    elif (
        shutil.which("sudo")
        and subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode == 0
    ):
        sudo = ["sudo", "-n"]
    else:
        raise SystemExit(advice)
    say("installing Qt's libraries: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if run(*sudo, *install, check=False, env=env) == 0:
        return
    run(*sudo, "apt-get", "update", "-q", check=False, env=env)
    if run(*sudo, *install, check=False, env=env) != 0:
        raise SystemExit(advice)


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


def installed_lrelease() -> Path:
    """The ``lrelease`` that ships inside the PySide6 this interpreter imports (the wheel
    build and the bundle build run there, not in .venv)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"no lrelease in {folder}")


def compile_catalogues(target: Path = CATALOGUE_DIR, lrelease: Path | None = None) -> list[Path]:
    """Compile i18n/*.ts into ``target`` (package data by default); the compiled files."""
    tool = lrelease or _pyside_tool("lrelease")
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for language in LANGUAGES:
        source = ROOT / "i18n" / f"{CATALOGUE}_{language}.ts"
        qm = target / f"{CATALOGUE}_{language}.qm"
        run(tool, "-silent", source, "-qm", qm)
        compiled.append(qm)
    return compiled


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
    sources = ("app", "tests", "dev.py", "setup.py", "packaging")
    run(PYTHON, "-m", "ruff", "check", *sources)
    run(PYTHON, "-m", "ruff", "format", "--check", *sources)
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
        ensure_debian_qt_libraries()
        return run(BIN / "streetdesk", "--demo", *rest, check=False)
    if command == "run":
        ensure_debian_qt_libraries()
        return run(BIN / "streetdesk", *rest, check=False)
    if command == "bundle":
        return run(PYTHON, ROOT / "packaging" / "build.py", *rest, check=False)
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
