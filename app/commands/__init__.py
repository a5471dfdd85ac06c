"""Sub-commands of ``streetdesk``, one module per family.

Each module has ``NAMES`` (the sub-command names it answers), ``register(sub)`` (adds its
parsers) and ``run(args) -> int``. Modules import their services inside ``run``, so that
building the parser, which happens on every start, the GUI's too, stays light.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: Command families in the order ``--help`` lists them.
FAMILIES: tuple[str, ...] = (
    "demo_data",
    "migrate",
    "roster",
    "audit",
    "user",
    "org",
    "key",
    "report",
    "psych",
    "central",
    "sync",
)


def families() -> list[ModuleType]:
    return [importlib.import_module(f"app.commands.{name}") for name in FAMILIES]
