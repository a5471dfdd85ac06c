"""The PyInstaller one-folder bundle opens every pane and finds its font and catalogues.

The bundle is built as ``packaging/build.py`` builds it for Windows, then its executable
runs offscreen on a fresh demo database with ``--tour-panes``, which signs in as the
administrator, opens each pane in turn, checks the font and both catalogues, and exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import dev
from app.views.shell.panes import PANES

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="the bundle is checked on Linux"
    ),
]

BUILD_DIR = dev.ROOT / "build" / "bundle-test"


@pytest.fixture(scope="module")
def bundle() -> Path:
    pytest.importorskip("PyInstaller")
    subprocess.run(
        [
            sys.executable,
            str(dev.ROOT / "packaging" / "build.py"),
            "--dist",
            str(BUILD_DIR / "dist"),
            "--work",
            str(BUILD_DIR / "work"),
        ],
        check=True,
        timeout=900,
    )
    return BUILD_DIR / "dist" / "StreetDesk"


def _modules_in_archive(bundle: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    executable = CArchiveReader(str(bundle / "StreetDesk"))
    return set(executable.open_embedded_archive("PYZ.pyz").toc)


def test_every_view_module_is_in_the_bundle(bundle: Path) -> None:
    """Panes and dialogs are imported from strings; each must still be in the archive."""
    wanted = set()
    for path in (dev.ROOT / "app" / "views").rglob("*.py"):
        parts = path.relative_to(dev.ROOT).with_suffix("").parts
        wanted.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    assert sorted(wanted - _modules_in_archive(bundle)) == []


def test_bundle_opens_every_pane_with_font_and_catalogues(bundle: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STREETDESK_CONFIG_DIR": str(tmp_path / "config"),
        "STREETDESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "PYTHONPATH": "",
    }
    result = subprocess.run(
        [
            str(bundle / "StreetDesk"),
            "--demo",
            "--db",
            str(tmp_path / "demo.sqlite"),
            "--lang",
            "zh_CN",
            "--tour-panes",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "font WenQuanYi Micro Hei: ok" in lines
    assert "catalogue zh_CN: ok (Rosters = 花名册)" in lines
    assert "catalogue en: ok" in lines
    for spec in PANES:
        assert any(line.startswith(f"pane {spec.key}: ok") for line in lines), result.stdout
