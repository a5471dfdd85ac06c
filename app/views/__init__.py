"""Everything Qt: the main window shell, one sub-package per pane, dialogs and workers."""
