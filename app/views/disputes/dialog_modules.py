"""The dispute dialogs, imported when first used; an action whose dialog module is not
installed stays disabled."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

_DIALOGS = "app.views.disputes.dialogs"


def dialog_module(name: str) -> ModuleType | None:
    """A dialogs module, or None while it is not installed."""
    try:
        if importlib.util.find_spec(f"{_DIALOGS}.{name}") is None:
            return None
    except ImportError:
        return None
    return importlib.import_module(f"{_DIALOGS}.{name}")


def dialog_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(f"{_DIALOGS}.{name}") is not None
    except ImportError:
        return False
