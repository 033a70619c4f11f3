"""Reading a plain question: which words name tables, columns, values, numbers and dates.

Every content word must be placed; the ones that are not are reported, never guessed.
"""

import re
from collections.abc import Callable
from typing import Final

from pgpilot.llm import sql_wordings as nouns
from pgpilot.llm.sql_acts import acted_table, ending_table, keyed_by, table_meant
from pgpilot.llm.sql_alike import alike, alike_value
from pgpilot.llm.sql_flags import ALIKE, done, part_flag, participle, stated
from pgpilot.llm.sql_flags import flag as state_flag
from pgpilot.llm.sql_kinds import kind_table, made
from pgpilot.llm.sql_money import money_column
from pgpilot.llm.sql_names import ADJECTIVES, is_numeric, variants
from pgpilot.llm.sql_negation import (
    deny_column,
    exclude_value,
    governing,
    negated_flag,
    negated_state,
    nullable,
    place_state,
)
from pgpilot.llm.sql_owners import settle
from pgpilot.llm.sql_people import member_column, person_column
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_stems import meanings, names_word, synonym_column
from pgpilot.llm.sql_synonyms import commented_column, commented_null, synonym_table
from pgpilot.llm.sql_units import bare_name
from pgpilot.llm.sql_value_phrases import best_hit, column_token, value_named
from pgpilot.llm.sql_vocab import (
    FILLER,
    MONTHS,
    PAIRS,
    QUALIFIERS,
    STOP,
)
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

WORD: Final = re.compile(r"\d+(?:\.\d+)?|[^\W_]+(?:['\u2019-][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The question's words, lower case."""
    return [w.lower() for w in WORD.findall(text)]


def place(text: str, tables: list[Table], values: Values | None) -> Placed:
    """Tables, columns and values the words name, longest phrases first."""
    tokens = words(text)
    placed = Placed()
    seen = {table.qualified for table in tables}  # values of tables outside the prompt: unusable
    mentioned: list[list[Table]] = []  # computed once, when a synonym is first needed

    def context() -> list[Table]:
        if not mentioned:
            mentioned.append(_mentioned(tokens, tables))
        return mentioned[0]

    i = valued = 0
    spent: set[int] = set()  # negations that have found their word
    acts: list[str] = []
    longest = max(3, values.longest if values else 0)
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + size])
            named = len(placed.columns)
            if size == 1 and values is not None and stated(tokens, i, values, seen):
                placed.values.append(best_hit(values.find(phrase, fuzzy=False), placed, context()))
                i += 1  # "episodes that have been published": status = 'published'
                break
            if _name(phrase, tables, placed, context, whole=size > 1 or tokens[i] not in STOP):
                if len(placed.columns) > named and governing(tokens, i, spent):
                    deny_column(placed)  # "not tenured", "have not graduated"
                i += size
                break
            span = tokens[i : i + size]
            purpose = i > 0 and tokens[i - 1] == "for"  # "listings for rent": kind = 'rent'
            if values is None or made(tokens, i, tables):
                pass  # "have booked a private lesson": the act that made the row, no status
            elif value_named(phrase, span, values, placed, seen, context(), purpose):
                if governing(tokens, i, spent):
                    exclude_value(placed)  # "not made online": any other channel
                i += size
                valued = i  # "business class": the value's kind, said after it
                break
            if _flag(phrase, tables, placed):  # after values: "engine repair jobs" is a kind
                if len(placed.columns) > named and governing(tokens, i, spent):
                    deny_column(placed)  # "rooms that aren't accessible"
                i += size
                break
        else:
            word = tokens[i]
            known = word in FILLER or word in MONTHS or word in ADJECTIVES
            known = known or (word, tokens[i + 1] if i + 1 < len(tokens) else "") in PAIRS
            known = known or (word in QUALIFIERS and i == valued) or made(tokens, i, tables)
            if known and word in ALIKE and state_flag(word, tables):
                known = False  # "lifts not running": a state (is_operating), not a linking verb
            if word.replace(".", "", 1).isdigit():
                i += _number(word, tokens[:i], tokens[i + 1 : i + 2], placed, tables)
            elif not known and (state := state_flag(word, [*placed.tables, *tables])):
                place_state(state, governing(tokens, i, spent), placed)
            elif not known and (flag := negated_flag(word, [*placed.tables, *tables])):
                placed.negated.append(flag)
            elif not known and (empty := negated_state(word, [*placed.tables, *tables])):
                placed.nulls.append(empty)  # unpaid → paid_on IS NULL
            elif (
                word not in STOP
                and (empty := nullable(word, [*placed.tables, *tables]))
                and governing(tokens, i, spent)
            ):
                placed.nulls.append(empty)  # "not shipped", "not returned": no date yet
            elif not known and (acted := acted_table(word, placed.tables, tables)) is not None:
                placed.tables.append(acted)  # "crops sown": the sowings of the crops
            elif not known and (meant := table_meant(word, tables)) is not None:
                _place_meant(meant, tokens[i - 1] if i else "", placed)
            elif not known and (other := synonym_table(word, tables)) is not None:
                placed.tables += [other] if other not in placed.tables else []  # staff, team
            elif not known and (money := money_column(word, tokens, tables)) is not None:
                placed.columns.append(money)  # "money taken for payments": amount_eur
            elif not known and i == valued and (rows := nouns.valued_rows(word, placed, tables)):
                placed.tables.append(rows)  # "gold members": the guests of tier 'gold'
            elif not known and (ending := ending_table(word, tables)) is not None:
                placed.tables += [ending] if ending not in placed.tables else []  # rentals
            elif not known and len(word) > 3 and (state_of := commented_null(word, tables)):
                # "still alive" → died IS NULL, as the comment says; "not alive": IS NOT NULL
                (
                    placed.nulls if state_of[2] != governing(tokens, i, spent) else placed.present
                ).append(state_of[:2])
            elif not known and (said := commented_column(word, tables)) is not None:
                placed.columns.append(said)
            elif not known and (member := member_column(tokens[i - 1] if i else "", word, tables)):
                placed.present += [] if member in placed.tests() else [member]  # "club members"
            elif not known and (flagged := part_flag(word, placed.tables)) is not None:
                placed.columns += [] if flagged in placed.columns else [flagged]  # "adverse"
            elif not known and not column_token(word, placed, tables):
                near = frozenset(t.qualified for t in [*placed.tables, *context()])
                hit = nouns.derived_value(word, values, seen, near) if values else None
                hit = hit or (alike_value(word, values, seen) if values else None)
                kind = kind_table(word, values, tables) if values and hit is None else None
                if hit is not None:
                    placed.values.append(hit)  # "housekeepers": role = 'housekeeping'
                elif kind is not None:
                    placed.tables += [kind] if kind not in placed.tables else []  # runs: slopes
                elif not any(_flag(other, tables, placed) for other in alike(word)):
                    placed.unplaced.append(word)
            elif participle(word):
                acts.append(word)  # "cancelled reservations": once the tables are known
            i += 1
    _place_acts(acts, placed, tables)
    if values is not None:
        settle(placed, values)  # "open support tickets": the tickets' status, said after
    said_by_flags = {
        p for _, c in placed.columns if c.type.lower() == "boolean" for p in c.name.split("_")
    }
    # "drivers qualified for night shifts": is_night_qualified says the night; no route's value.
    placed.values = [h for h in placed.values if not set(words(h.value.lower())) <= said_by_flags]
    return placed


def _place_acts(acts: list[str], placed: Placed, tables: list[Table]) -> None:
    """Participles that name a nullable date of a table named: cancelled → IS NOT NULL."""
    by_name = {t.qualified: t for t in tables}
    named = [*placed.tables, *(t for t, _ in placed.columns)]
    named += [by_name[h.table] for h in placed.values if h.table in by_name]
    for word in acts:
        if (found := done(word, named)) is not None and found not in placed.present:
            placed.present.append(found)


def _place_meant(table: Table, before: str, placed: Placed) -> None:
    """A table named by its rows' meaning; "carrier contracts": the contracts, of carriers."""
    last = placed.tables[-1] if placed.tables else None
    if (
        last is not None
        and before in variants(last.name.lower())
        and any(fk.references == last.qualified for fk in table.foreign_keys)
    ):
        placed.tables.pop()
    if table not in placed.tables:
        placed.tables.append(table)


def _mentioned(tokens: list[str], tables: list[Table]) -> list[Table]:
    """Tables a word names, by their name or a column's: where a synonym may look."""
    forms = set().union(*(variants(t) for t in tokens)) if tokens else set()
    return [
        t
        for t in tables
        if t.name.lower() in forms or any(c.name.lower() in forms for c in t.columns)
    ]


def _name(
    phrase: str,
    tables: list[Table],
    placed: Placed,
    context: Callable[[], list[Table]],
    *,
    whole: bool,
) -> bool:
    if not whole:
        return False
    key = phrase.replace(" ", "_")
    wanted = variants(key)
    for table in tables:
        if table.name.lower() in wanted or keyed_by(table, wanted):  # salary changes
            if table not in placed.tables:
                placed.tables.append(table)
            return True
    if len(said := phrase.split()) == 2 and said[0] not in STOP:  # "awarded amount"
        wanted |= {f"{said[1]}_{said[0]}"}
    for table in [*placed.tables, *(t for t in tables if t not in placed.tables)]:
        for column in table.columns:
            if column.name.lower() in wanted or bare_name(column.name) in wanted:
                placed.columns.append((table, column))
                return True
    if person_column(wanted, [*placed.tables, *tables], placed):
        return True  # "each vet": vet_name
    if " " in phrase:
        head, _, last = phrase.rpartition(" ")
        if last not in QUALIFIERS or " " in head:
            return False
        if any(t.name.lower() in variants(head) for t in tables):
            return False  # "product category": a table's column, named by the next word
        return _name(head, tables, placed, context, whole=True)  # "service level" → service
    # "revenue" → amount, "pay" → salary, but only in a table the question names otherwise:
    # "total paid by customers" is about payments, "the best paid teacher" about salaries.
    # With no table named at all, a synonym looks everywhere, unless the word names a table
    # itself ("paid" → payments).
    if not meanings(phrase):
        return False
    named = context()
    anywhere = not named and not any(names_word(t.name, phrase, synonyms=False) for t in tables)
    if found := synonym_column(phrase, tables if anywhere else named):
        placed.columns.append(found)
        return True
    return False


def _flag(phrase: str, tables: list[Table], placed: Placed) -> bool:
    """A flag column a phrase names as is_<phrase> or has_<phrase> ("remote", "a cafe")."""
    wanted = {f"{flag}_{k}" for k in variants(phrase.replace(" ", "_")) for flag in ("is", "has")}
    ordered = [*placed.tables, *(t for t in tables if t not in placed.tables)]
    for table in ordered:
        for column in table.columns:
            if column.name.lower() in wanted:
                placed.columns.append((table, column))
                return True
    return nouns.flag_words(phrase, ordered, placed)  # "offer personal training"


def _number(
    word: str, before: list[str], after: list[str], placed: Placed, tables: list[Table]
) -> int:
    """A number right after a table (store 1: its key) or a column (rental rate of 0.99), or
    before a column's word ("five-star hotels", "3 bedrooms"); 1 when it took that word too."""
    last = [w for w in before if w not in ("of", "is", "=", "number", "no", "id", "equal", "to")]
    last_word = last[-1] if last else ""
    if placed.columns and names_word(placed.columns[-1][1].name, last_word):
        table, column = placed.columns.pop()
        placed.equals.append((table, column, word))
        return 0
    for table in placed.tables[::-1]:
        # "animal 7", "repair order 142": a table named, then its key; a compound by its head
        head = table.name.lower().rsplit("_", 1)[-1]
        if (
            last_word in variants(table.name.lower()) | variants(head)
            and len(table.primary_key) == 1
        ):
            key = next(c for c in table.columns if c.name == table.primary_key[0])
            placed.equals.append((table, key, word))
            return 0
    for table in [*placed.tables, *tables] if after and after[0] not in STOP else ():
        keys = {c for fk in table.foreign_keys for c in fk.columns} | set(table.primary_key)
        for column in table.columns:
            counted = is_numeric(column) and column.name not in keys
            if counted and names_word(column.name, after[0], synonyms=False):
                placed.equals.append((table, column, word))
                return 1
    placed.unplaced.append(word)  # a number that belongs to nothing is never dropped
    return 0
