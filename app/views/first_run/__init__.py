"""The first run of a new desk: a short guide from the administrator to the colleagues."""
