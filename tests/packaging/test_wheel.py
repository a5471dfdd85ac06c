"""The wheel carries what the desk needs at run time beside the code: the bundled font
with its licence and both compiled catalogues, built from a checkout without them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import dev

pytestmark = pytest.mark.packaging

#: Left out of the copy: whatever an earlier build or run leaves behind.
LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm", ".*_cache"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    shutil.copytree(dev.ROOT, source, ignore=LEFT_OUT)
    assert not list(source.rglob("*.qm"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(source)],
        check=True,
        timeout=600,
    )
    (built,) = folder.glob("streetdesk-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_holds_the_font_its_licence_and_both_catalogues(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {
        "app/resources/__init__.py",
        "app/resources/fonts/WenQuanYiMicroHei-subset.ttf",
        "app/resources/fonts/LICENSE-Apache-2.0.txt",
        "app/resources/i18n/streetdesk_zh_CN.qm",
        "app/resources/i18n/streetdesk_en.qm",
        "app/migrations/script.py.mako",
    } <= names
    assert not [name for name in names if name.endswith(".ts")]


def test_wheel_catalogue_translates_into_chinese(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    qm = Path(wheel.extract("app/resources/i18n/streetdesk_zh_CN.qm", tmp_path))
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Panes", "Rosters") == "花名册"
