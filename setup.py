"""Build step for the wheel (and editable installs): the translation catalogues are
compiled from ``i18n/*.ts`` with the ``lrelease`` of PySide6, a build requirement, into
the package data of ``app.resources``. Everything else is declared in pyproject.toml."""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import dev  # noqa: E402 - the one catalogue compiler, shared with dev.py and the bundle


class BuildPyWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            target = dev.CATALOGUE_DIR
        else:
            target = Path(self.build_lib, *dev.CATALOGUE_DIR.relative_to(ROOT).parts)
        dev.compile_catalogues(target, dev.installed_lrelease())


setup(cmdclass={"build_py": BuildPyWithCatalogues})
