"""Dialogs and the case detail panel of the dispute board: moves, intake, team, meetings,
leads and the administrator's warning rules and calendar."""
