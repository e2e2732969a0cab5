"""zi-check: a rules-based checker of Zona Integritas evidence folders."""

__version__ = "0.1.0"
