"""Counts said per row with a verb after the row: "number of pieces each composer has written".

"how many X does each Y <verb>", "number of X each Y has <verb> [particle]" ask for the count
of X per Y whatever the verb; the verb only says how X belongs to Y, which the foreign keys
already say. The clause becomes "per Y" when Y names a table or a column, and is kept as said
otherwise, or when it negates ("each member has not paid") or says more than a verb and a
particle. "number of people assigned": the rows of the one table the participle names
(project_assignments), one per person assigned. "crew count by rank": the number of crew
(crew_members, by a part of its name) per rank.
"""

import re
from typing import Final

from pgpilot.llm.sql_name_parts import compound, entity
from pgpilot.llm.sql_stems import names_word, verb_names
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table

EACH: Final = re.compile(
    r"(?i)^(?P<head>(?:how many|(?:the )?number of|count(?: of)?|total number of) [\w ]+?) "
    r"(?:(?P<pre>does|do|did|has|have|had) )?(?:each|every) (?P<who>\w+(?: \w+)??) "
    r"(?:(?P<post>has|have|had|is|are|was|were) )?(?:been )?(?P<verb>\w+)(?P<rest>(?: \w+)?)$"
)
ACTS: Final = re.compile(r"(?i)\bnumber of (?P<noun>\w+) (?P<verb>\w+(?:ed|en))$")
COUNT_BY: Final = re.compile(r"(?i)^(?P<noun>\w+) count (?P<by>by|per|for each) (?=\w)")
NEGATIVE: Final = frozenset({"not", "no", "never", "nobody", "none", "without"})


def per_each(text: str, tables: list[Table]) -> str:
    """ "number of exhibitions each curator has put on" → "number of exhibitions per curator"."""
    if (by_count := COUNT_BY.match(text)) is not None:
        noun = _table_word(by_count["noun"], tables)  # "crew": crew_members
        text = f"number of {noun} {by_count['by']} {text[by_count.end() :]}"
    if (acts := ACTS.search(text)) is not None:
        named = [t for t in tables if verb_names(t.name, acts["verb"].lower())]
        if len(named) == 1:  # "by number of people assigned": project_assignments
            return f"{text[: acts.start()]}number of {named[0].name}"
    found = EACH.match(text)
    if found is None or not (found["pre"] or found["post"]) or NEGATIVE & set(text.lower().split()):
        return text  # "number of guests in each loyalty tier": no verb, a group already
    *lead, noun = found["head"].split(" ")
    head = " ".join([*lead, _table_word(noun, tables)])  # "how many jobs": job_openings
    who = found["who"]
    whole = f"{who} {found['verb']}"  # "each support team have": the verb is the last word
    if found["rest"].strip() and not place(whole, tables, None).unplaced:
        who = whole
    said = f"{head} per {who}"
    placed = place(said, tables, None)
    if placed.unplaced or placed.empty():
        return text
    if place(who, tables, None).tables:
        return said
    counted = place(head, tables, None).tables
    own = [c for t in counted[:1] for c in t.columns if names_word(c.name, who.lower())]
    return f"{head} per {own[0].name}" if len(own) == 1 else said  # curator_name


def _table_word(noun: str, tables: list[Table]) -> str:
    """The noun, or the name of the table it is a part of when it names none itself."""
    if place(noun, tables, None).tables:
        return noun
    named = compound(noun, tables)
    chosen = named[0] if len(named) == 1 else entity(named)
    return chosen.name if chosen is not None else noun
