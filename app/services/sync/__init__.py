"""Offline-first sync of the desk's database with the district's central PostgreSQL."""
