"""The Rosters pane: the 幸福里 tree, the people of the chosen node, vacancies at a glance.

``pane.RostersPane`` is what the main window builds; the add, edit, fill, end, delete,
import and export dialogs live in ``dialogs``.
"""
