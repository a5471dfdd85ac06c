"""Print preview for every printout: ``PrintPreviewDialog(printed, parent).open()``."""
