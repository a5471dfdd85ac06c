"""Reports: the monthly report's figures (``figures``), its PDF (``monthly_pdf``), the
per-case ledger (``dispute_ledger``) and checking a filed copy (``verify``).

reportlab and matplotlib are imported on first use only.
"""
