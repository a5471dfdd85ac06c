"""One helper finds the shipped files inside the package; the desk never compiles a
catalogue itself."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import app
import app.resources as resources
from app.views.language import compiled_catalogue


def test_font_and_licence_are_package_data() -> None:
    package = Path(app.__file__).resolve().parent
    assert resources.cjk_font_path().is_file()
    assert resources.cjk_font_licence_path().is_file()
    assert resources.cjk_font_path().is_relative_to(package)
    assert resources.catalogue_path("zh_CN").is_relative_to(package)


def test_a_missing_catalogue_stays_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_compiler(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess, "Popen", no_compiler)
    monkeypatch.setattr(resources, "CATALOGUE_DIR", tmp_path / "i18n")
    assert compiled_catalogue("zh_CN") is None
    assert not (tmp_path / "i18n").exists()
    assert list(tmp_path.rglob("*.qm")) == []
