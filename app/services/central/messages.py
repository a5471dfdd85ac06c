"""What ``central init`` and ``central enrol`` tell their user, in the catalogue."""

from __future__ import annotations

from app.services.errors import N_

DATABASE_CREATED = N_("Central database {database} created.")
UP_TO_DATE = N_(
    "Central database {database} is up to date: {tables} synced tables under row-level"
    " security; desks log in as members of the role {group}."
)
SEEDED = N_("Filled from {file}: {rows} rows in {tables} tables.")
ADMIN_CREATED = N_("District administrator {user} created.")
ENROLLED = N_(
    "Desk {desk} enrolled for street {street} as the role {role}; profile {file} written."
)
PASSWORD_WRITTEN = N_("Its password is in {file}; hand it over apart from the profile.")
PASSWORD_SHOWN = N_("Its password (shown only now; hand it over apart from the profile):")
