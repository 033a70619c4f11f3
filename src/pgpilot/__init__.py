"""pgpilot: let AI agents act on PostgreSQL safely."""

from importlib.metadata import version

__version__ = version("pgpilot")
