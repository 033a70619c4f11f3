"""Is the app database current? Answered without importing Alembic, which costs most of a
second: the head is read from the migration files, the database's revision with one query."""

import re
from importlib.resources import files

import psycopg

REVISION = re.compile(r"^revision(?::[^=\n]*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
DOWN_REVISION = re.compile(r"^down_revision(?::[^=\n]*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def head_revision() -> str | None:
    """The one revision no other migration builds on (None if the files say otherwise)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (files("pgpilot.db") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py"):
            continue
        text = script.read_text()
        revisions.update(REVISION.findall(text))
        parents.update(DOWN_REVISION.findall(text))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(url: str) -> str | None:
    """The database's revision; None before the first migration."""
    with psycopg.connect(url, connect_timeout=5) as conn:
        exists = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
        if exists is None or not exists[0]:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def at_head(url: str) -> bool:
    """Whether the database is exactly at this version's newest migration."""
    head = head_revision()
    return head is not None and current_revision(url) == head
