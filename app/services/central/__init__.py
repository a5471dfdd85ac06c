"""The district's central PostgreSQL database: the objects the sync engine relies on
(sequence, stamping trigger, applied-change log, desk enrolment), the desks' roles and
the row-level security that keeps each desk to its street, and filling a new centre
from an existing desk file. Qt-free; ``app.commands.central`` is the command line."""
