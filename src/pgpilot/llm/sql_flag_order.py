"""A flag said with its words out of order, or a possessive between them, put back in order.

"tickets breached their SLA" and "a ticket breach its SLA" say the flag sla_breached, its words
the other way round with "their"/"its" between; "orders gift wrapped" says is_gift_wrapped as
is. The span is rewritten as the column's words ("sla breached") so the flag is read like any
other. Only a boolean column's own words are moved, each said once, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_flag_leads import leads_said
from pgpilot.llm.sql_names import variants
from pgpilot.llm.sql_stems import stem
from pgpilot.llm.sql_wordings import FLAG_VERBS
from pgpilot.sql.schema import Table

_BETWEEN: Final = frozenset({"their", "its", "his", "her", "our", "your", "the", "a", "an"})
_WORD: Final = re.compile(r"[\w-]+")


def flags_in_order(text: str, tables: list[Table]) -> str:
    """ "tickets breached their SLA" → "tickets sla breached", when sla_breached is a flag."""
    text = leads_said(text, tables)  # "closed to the public": not open to the public
    for table in tables:
        for column in table.columns:
            parts = column.name.lower().split("_")
            if column.type.lower() != "boolean" or len(parts) < 2:
                continue
            rest = parts[1:] if parts[0] in FLAG_VERBS else parts
            if len(rest) >= 2 and (found := _span(text, rest)) is not None:
                return f"{text[: found[0]]}{' '.join(rest)}{text[found[1] :]}"
    return text


def _span(text: str, parts: list[str]) -> tuple[int, int] | None:
    """Where the text says every part once, out of order or split by a possessive."""
    tokens = list(_WORD.finditer(text))
    for start in range(len(tokens)):
        left, said = list(parts), []
        for token in tokens[start:]:
            word = token.group().lower()
            match = next((p for p in left if _same(word, p)), None)
            if match is not None:
                left.remove(match)
                said.append(match)
            elif not said or word not in _BETWEEN:
                break
            if not left:
                moved = said != parts or token.end() - tokens[start].start() > len(" ".join(parts))
                return (tokens[start].start(), token.end()) if moved else None
    return None


def _same(word: str, part: str) -> bool:
    return word == part or part in variants(word) or stem(word) == stem(part)
