"""Turn values PostgreSQL returns into JSON-safe ones, losing nothing silently."""

import datetime as dt
import ipaddress
import uuid
from decimal import Decimal
from typing import TypeAlias

JSONValue: TypeAlias = str | int | float | bool | list["JSONValue"] | dict[str, "JSONValue"] | None


def to_json(value: object) -> JSONValue:
    """A JSON-safe form of one value: ISO dates, exact decimals, hex bytea."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\x" + bytes(value).hex()
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, uuid.UUID | dt.timedelta | ipaddress.IPv4Address | ipaddress.IPv6Address):
        return str(value)
    return str(value)


def _decimal(value: Decimal) -> JSONValue:
    # A number when a float carries it exactly, else the exact text (money, big numerics).
    if not value.is_finite():
        return str(value)
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)
