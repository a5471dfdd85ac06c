"""Build the one-folder package with PyInstaller (Windows or Linux), and on Windows the
installer with Inno Setup.

    python packaging/build.py                 # dist/StreetDesk (one folder)
    python packaging/build.py --installer     # and dist/StreetDesk-<v>-setup.exe (Windows)
    python3 dev.py bundle                     # the same, from the project's .venv

Run from the project's virtual environment (``pip install -e .[test]`` brings PyInstaller);
the translation catalogues are compiled first with the ``lrelease`` of its PySide6. Inno
Setup's ``ISCC.exe`` must be on PATH for ``--installer``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dev  # noqa: E402 - the one catalogue compiler, shared with dev.py and the wheel


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


def build_bundle(dist: Path, work: Path) -> Path:
    """Compile the catalogues and run PyInstaller; the bundled executable."""
    dev.compile_catalogues(lrelease=dev.installed_lrelease())
    write_version_info(project_version())
    # The checkout's ``app`` comes first, whatever else the environment has installed.
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "streetdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return dist / "StreetDesk" / ("StreetDesk.exe" if os.name == "nt" else "StreetDesk")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--installer", action="store_true", help="Windows: also the installer")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    executable = build_bundle(args.dist.resolve(), args.work.resolve())
    print(f"built {executable}")
    if args.installer:
        iscc = shutil.which("ISCC") or shutil.which("ISCC.exe")
        if iscc is None:
            raise SystemExit("Inno Setup's ISCC.exe is not on PATH")
        subprocess.run(
            [
                iscc,
                f"/DAppVersion={project_version()}",
                str(ROOT / "packaging" / "streetdesk.iss"),
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
