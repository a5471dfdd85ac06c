"""Build the Windows package: translations, version resource, PyInstaller, then Inno Setup.

    python packaging/build_windows.py            # dist/StreetDesk (one folder)
    python packaging/build_windows.py --installer  # and dist/StreetDesk-<v>-setup.exe

Run on Windows from the project's virtual environment with ``pip install pyinstaller``;
Inno Setup's ``ISCC.exe`` must be on PATH for ``--installer``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise SystemExit("no __version__ in app/__init__.py")
    return match.group(1)


def write_version_info(version: str) -> Path:
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    numeric = tuple(parts + [0] * (4 - len(parts)))
    template = (ROOT / "packaging" / "version_info.txt.in").read_text(encoding="utf-8")
    target = ROOT / "build" / "version_info.txt"
    target.parent.mkdir(exist_ok=True)
    target.write_text(
        template.replace("{version}", version).replace("{numeric}", str(numeric)),
        encoding="utf-8",
    )
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--installer", action="store_true")
    args = parser.parse_args(argv)
    version = project_version()
    subprocess.run([sys.executable, str(ROOT / "dev.py"), "i18n"], check=True)
    write_version_info(version)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(ROOT / "dist"),
            str(ROOT / "packaging" / "streetdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    if args.installer:
        iscc = shutil.which("ISCC") or shutil.which("ISCC.exe")
        if iscc is None:
            raise SystemExit("Inno Setup's ISCC.exe is not on PATH")
        subprocess.run(
            [iscc, f"/DAppVersion={version}", str(ROOT / "packaging" / "streetdesk.iss")],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
