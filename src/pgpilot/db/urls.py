"""Connection URLs: check them early, and convert them for SQLAlchemy."""

import re
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict

from pgpilot.errors import ConfigError

_SCHEME = re.compile(r"^(postgres|postgresql)(\+\w+)?://")


def libpq_url(url: str, *, setting: str) -> str:
    """Validate a PostgreSQL URL and drop any SQLAlchemy driver suffix."""
    if not _SCHEME.match(url):
        raise ConfigError(f"{setting} must be a postgresql:// URL, got {redact(url)!r}")
    plain = _SCHEME.sub("postgresql://", url)
    try:
        params = conninfo_to_dict(plain)
    except psycopg.ProgrammingError as exc:
        reason = str(exc).splitlines()[0]
        raise ConfigError(f"{setting} is not a valid PostgreSQL URL: {reason}") from exc
    ports = str(params.get("port", "5432")).split(",")
    if not all(port.strip().isdigit() for port in ports):
        raise ConfigError(f"{setting} is not a valid PostgreSQL URL: port {params['port']!r}")
    return plain


def sqlalchemy_url(url: str) -> str:
    """The same URL for SQLAlchemy's psycopg 3 dialect."""
    return _SCHEME.sub("postgresql+psycopg://", url)


def redact(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def without_password(url: str) -> str:
    """The URL with no password at all (user info or `password=` parameter): safe to store."""
    parts = urlsplit(url)
    netloc = re.sub(r"^([^:@/]*):[^@]*@", r"\1@", parts.netloc)
    # libpq decodes parameter names too: `pass%77ord=` is a password.
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and unquote(pair.partition("=")[0]).strip().lower() != "password"
    )
    # Built by hand: urlunsplit drops the `//` of an empty host (`postgresql:///db?host=/tmp`).
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def database_name(url: str) -> str:
    """The database a URL points at."""
    return str(conninfo_to_dict(url).get("dbname", ""))


def with_database(url: str, name: str) -> str:
    """The same server and credentials, another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))
