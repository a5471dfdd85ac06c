"""Synthetic demo data: one street (or N) of rosters, cases, meetings and psych ledgers.

Every name, phone and ID number is generated; nothing describes a real resident.
``generator.write_demo_database`` is the entry point.
"""
