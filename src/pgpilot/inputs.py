"""What every input obeys, whichever face it came through: text holds no NUL byte.

PostgreSQL's text and jsonb cannot store U+0000, so such input would fail deep inside a
query; it is refused where it enters instead, as a ValidationError (422) naming the field.
"""

from collections.abc import Mapping
from typing import Final

from pgpilot.errors import ValidationError

NUL: Final = "\x00"


def nul_path(value: object, path: str = "") -> str | None:
    """Where in `value` (text, or lists and mappings of it) a NUL byte is, if anywhere."""
    if isinstance(value, str):
        return path if NUL in value else None
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = nul_path(key, path) or nul_path(item, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = nul_path(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def nul_message(where: str) -> str:
    """The one message for a NUL byte at `where`."""
    return f"{where or 'request'}: text cannot contain a NUL byte (\\u0000)"


def refuse_nul(**fields: object) -> None:
    """Raise ValidationError when any of the named values holds a NUL byte."""
    for name, value in fields.items():
        found = nul_path(value, name)
        if found is not None:
            raise ValidationError(nul_message(found))
