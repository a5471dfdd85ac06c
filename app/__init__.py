"""StreetDesk 街道工作台."""

__version__ = "0.1.0"
