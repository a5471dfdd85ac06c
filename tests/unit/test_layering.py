"""Dependencies point one way: models and services never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules(package: str) -> list[str]:
    base = ROOT / "app" / package
    names = []
    for path in sorted(base.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_models_and_services_load_no_qt_at_all() -> None:
    modules = _modules("models") + _modules("services")
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
    assert len(modules) > 10


def test_no_upward_imports_in_the_source() -> None:
    """models import neither services nor views; services never import views or Qt;
    views reach the data through services only."""
    forbidden = {
        "models": ("app.services", "app.views", "PySide6"),
        "services": ("app.views", "PySide6"),
        "views": ("app.models",),
    }
    offenders = []
    for layer, prefixes in forbidden.items():
        for path in (ROOT / "app" / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path}: {n}" for n in names if n.startswith(prefixes)]
    assert offenders == []


#: text that would mean a view reaches the database itself rather than through operations
VIEWS_NEVER_SAY = ("sqlalchemy", "database.session(")


def test_views_reach_data_only_through_operations() -> None:
    """No file under app/views names SQLAlchemy or opens a session, not even in a
    comment: sessions are opened by ``app.services.unit_of_work`` for an operation."""
    files = sorted((ROOT / "app" / "views").rglob("*.py"))
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(text in line.lower() for text in VIEWS_NEVER_SAY)
    ]
    assert len(files) > 20
    assert offenders == []


def test_the_sign_in_window_paints_without_the_database_layer() -> None:
    """From the entry point on: the command line's parser and the application module."""
    script = (
        "import sys\n"
        "import app.cli\n"
        "import app.views.application\n"
        "app.cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


#: calls that read the machine's own day, which is China's yesterday from 16:00 to 24:00 UTC
MACHINE_DAY_CALLS = {("date", "today"), ("datetime", "today"), ("QDate", "currentDate")}


def _machine_day_calls(source: str) -> list[int]:
    """Lines calling ``date.today()`` and the like, or ``datetime.now()`` without a zone."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = (
            owner.id
            if isinstance(owner, ast.Name)
            else owner.attr
            if isinstance(owner, ast.Attribute)
            else ""
        )
        call = (owner_name, node.func.attr)
        if call in MACHINE_DAY_CALLS or (
            call == ("datetime", "now") and not node.args and not node.keywords
        ):
            lines.append(node.lineno)
    return lines


def test_the_check_for_the_machines_day_finds_its_calls() -> None:
    source = (
        '"""date.today() in a docstring is no call."""\n'
        "import datetime as dt\n"
        "from datetime import date, datetime\n"
        "a = date.today()\n"
        "b = dt.date.today()\n"
        "c = datetime.now()\n"
        "d = datetime.now(UTC)\n"
        "e = QDate.currentDate()\n"
        "f = today_in_china()\n"
    )
    assert _machine_day_calls(source) == [4, 5, 6, 8]


def test_the_desk_counts_days_in_china_not_on_the_machines_clock() -> None:
    """ "Today" is China's day: ``app.services.china_time.today_in_china()``."""
    files = sorted((ROOT / "app").rglob("*.py"))
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        for number in _machine_day_calls(path.read_text(encoding="utf-8"))
    ]
    assert len(files) > 100
    assert offenders == []
