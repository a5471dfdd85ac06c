"""The database key in the desk: the recovery key shown once and again, rotation, and
opening a database whose key is lost."""
