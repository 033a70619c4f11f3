"""A flag's leading word said another way: by its opposite, or by a verb of the same meaning.

"recitals closed to the public" is NOT is_open_to_public: "closed" is the opposite of the
flag's first word and the words after it are the flag's others, so the span is said as
"not open to the public". "teachers taking on new students" is accepting_new_students:
"taking on" means "accepting", so the span is said "accepting new students". Only a boolean
column whose other words follow as its name has them is rewritten, for any schema.
"""

import re
from typing import Final

from pgpilot.llm.sql_flags import OPPOSITES
from pgpilot.llm.sql_stems import stem
from pgpilot.llm.sql_wordings import FLAG_VERBS
from pgpilot.sql.schema import Table

# Everyday verbs said for a flag's first word: "taking on new members" is accepting them.
SAME: Final = {
    "accepting": ("taking on", "taking in", "welcoming"),
    "allowing": ("letting in", "permitting"),
    "offering": ("providing",),
}
_BETWEEN: Final = r"(?: (?:the|a|an|any))?"


# "how many instruments can students hire", "which courts can be booked": what the rows allow.
ABLE: Final = re.compile(
    r"(?i)\b(?:can|could|may) (?:be |(?P<doer>[a-z]+(?: [a-z]+)?) )(?P<verb>\w+)$"
)


def able_said(text: str, tables: list[Table]) -> str:
    """ "instruments can students hire" → "instruments are available for hire" where
    available_for_hire is the one flag the verb is a word of: the askers are no filter."""
    found = ABLE.search(text.rstrip("?. "))
    if found is None:
        return text
    verb = stem(found["verb"].lower())
    flags = [
        parts
        for table in tables
        for column in table.columns
        if column.type.lower() == "boolean"
        and len(parts := column.name.lower().split("_")) >= 2
        and verb in {stem(p) for p in parts}
    ]
    if len(flags) != 1:
        return text
    said = [p for p in flags[0] if p not in FLAG_VERBS and p != "be"]  # can_be_booked: booked
    return f"{text[: found.start()]}are {' '.join(said)}"


def leads_said(text: str, tables: list[Table]) -> str:
    """ "closed to the public" → "not open to the public" where is_open_to_public is a flag."""
    text = able_said(text, tables)
    for table in tables:
        for column in table.columns:
            parts = column.name.lower().split("_")
            rest = parts[1:] if len(parts) > 2 and parts[0] in FLAG_VERBS else parts
            if column.type.lower() != "boolean" or len(rest) < 2:
                continue
            said = [*(("not " + rest[0], w) for w in OPPOSITES.get(rest[0], ()))]
            said += [(rest[0], w) for w in SAME.get(rest[0], ())]
            for plain, other in said:
                after = "".join(f"{_BETWEEN} {re.escape(p)}" for p in rest[1:])
                found = re.search(rf"(?i)\b{re.escape(other)}(?={after}\b)", text)
                if found is not None:
                    return f"{text[: found.start()]}{plain}{text[found.end() :]}"
    return text


def _flags(table: Table) -> list[list[str]]:
    """The words of each flag of the table of two words or more, its leading verb left out."""
    found = []
    for column in table.columns:
        parts = column.name.lower().split("_")
        rest = parts[1:] if len(parts) > 2 and parts[0] in FLAG_VERBS else parts
        if column.type.lower() == "boolean" and len(rest) >= 2:
            found.append(rest)
    return found


def says_flag(words: str, table: Table) -> bool:
    """Whether the words say every word of a flag of the table of two words or more: "not
    accepting new students" is accepting_new_students, not the students a teacher has none of."""
    said = {stem(w) for w in re.findall(r"\w+", words.lower())}
    return any(all(stem(p) in said for p in rest) for rest in _flags(table))


def flag_word(word: str, table: Table, tokens: list[str]) -> bool:
    """Whether the word is one of a flag's words said whole ("new" of accepting_new_clients),
    not an adjective that sorts the rows."""
    said = {stem(t) for t in tokens}
    return any(word in rest and all(stem(p) in said for p in rest) for rest in _flags(table))
