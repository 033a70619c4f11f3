"""System relations the guard refuses: secrets and server files by view, and catalog writes."""

from collections.abc import Mapping
from types import MappingProxyType

_FILES = "it reads or writes files on the database server"
_LARGE_OBJECTS = "it works on large objects, which bypass table permissions"
_SECRETS = "it exposes password hashes or connection secrets"

# Reading these reaches what pg_read_file, lo_get or a password hash would reach.
_SECRET_RELATIONS: Mapping[str, str] = MappingProxyType(
    {
        "pg_file_settings": _FILES,
        "pg_hba_file_rules": _FILES,
        "pg_ident_file_mappings": _FILES,
        "pg_largeobject": _LARGE_OBJECTS,
        "pg_authid": _SECRETS,
        "pg_shadow": _SECRETS,
        "pg_user_mapping": _SECRETS,
        "pg_user_mappings": _SECRETS,
        "pg_subscription": _SECRETS,
    }
)
SYSTEM_SCHEMAS = frozenset({"pg_catalog", "information_schema", "pg_toast"})


def secret_relation_reason(name: str) -> str | None:
    """Why reading the relation spelled `name` (as the classifier joins it) is forbidden."""
    parts = name.split(".")
    if len(parts) > 1 and parts[-2] != "pg_catalog":
        return None  # a user's own relation that only shares the name
    return _SECRET_RELATIONS.get(parts[-1])


def system_write_reason(relation: Mapping[str, object]) -> str | None:
    """Why DML on a RangeVar is forbidden: it names a system catalog, or may resolve to one."""
    schema = relation.get("schemaname")
    name = str(relation.get("relname", ""))
    if schema in SYSTEM_SCHEMAS:
        return f"{schema}.{name} is a system relation; pgpilot never writes the catalog"
    if schema is None and name.startswith("pg_"):
        # pg_catalog comes first in every search_path, so the name may well be a catalog.
        return f"{name} may be a system catalog; name the schema of a table of your own"
    return None
