"""The roster dialogs the Rosters pane opens: add, edit and remove people
(``person_dialogs``), fill a vacant post and end a secondment (``post_dialogs``), and
import or export the roster as Excel or CSV (``import_dialog``, ``export_dialog``).

Each ``open_*`` runs its dialog and returns what was done; each ``build_*`` returns the
dialog without running it. A dialog's write is an operation that announces what it
wrote on the change hub once; the pane reloads from there.
"""
