"""Words matched to schema names by a crude stem or a synonym: rated → rating, paid → payment."""

from functools import lru_cache

from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_vocab import IRREGULAR, SYNONYMS, VERB_NOUNS
from pgpilot.sql.schema import Column, Table


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A crude stem for matching words to names: rated, rating → rat; paid → pay."""
    word = IRREGULAR.get(word, word)
    for suffix in ("ing", "ed", "es", "e", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def meanings(word: str) -> tuple[str, ...]:
    """The name parts a word stands for (`SYNONYMS`), looked up by the word, singular or stem."""
    for key in (word, IRREGULAR.get(word, word), word.removesuffix("s"), stem(word)):
        if key in SYNONYMS:
            return SYNONYMS[key]
    return ()


def names_word(name: str, word: str, *, synonyms: bool = True) -> bool:
    """Whether a word names a part of a schema name: returned → return_date, paid → payment."""
    root = stem(word)
    parts = name.lower().split("_")
    return any(
        part == word or (len(root) >= 3 and stem(part).startswith(root)) for part in parts
    ) or (synonyms and bool(set(meanings(word)) & set(parts)))


def synonym_column(
    word: str, tables: list[Table], *, numeric: bool = False
) -> tuple[Table, Column] | None:
    """The first column (a number, if asked) of the first table with a part the word means."""
    wanted = set(meanings(word))
    for table in tables:
        for column in table.columns:
            if wanted & set(column.name.lower().split("_")) and (is_numeric(column) or not numeric):
                return table, column
    return None


@lru_cache(maxsize=4096)
def doer(word: str) -> str:
    """A verb's or its doer's root: supply, supplied, supplier → suppl; labelled → label."""
    root = stem(word)
    for suffix in ("ier", "er", "or", "i", "y"):
        if root.endswith(suffix) and len(root) - len(suffix) >= 4:
            root = root[: -len(suffix)]
            break
    return root[:-1] if len(root) >= 5 and root[-1] == root[-2] else root


def verb_names(name: str, verb: str) -> bool:
    """Whether a verb names a table by stem, doer (supply → suppliers) or act (borrow → loans)."""
    if names_word(name, verb, synonyms=False):
        return True
    if len(verb) >= 5 and doer(verb) in {doer(part) for part in name.lower().split("_")}:
        return True
    nouns = {stem(n) for n in VERB_NOUNS.get(stem(verb), ())}
    parts = name.lower().split("_")  # "bookings" → booking → book, as "booking" is stemmed
    return any({stem(part), stem(part.removesuffix("s"))} & nouns for part in parts)
