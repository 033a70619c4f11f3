"""A question's wording made plain before it is read: contractions, filler, numbers and units.

Rules about English, not about any schema: "don't" is "do not"; "right now", "on file", "can
you tell me" add nothing; "500,000 euros" is the number 500000 said in EUR; "900 a month" names
a monthly column, or nothing when none is monthly (a salary "a year"); "do not have a manager"
is "without a manager". Extend a rule's word list, never add a rule for one question.
"""

import re
from typing import Final

from pgpilot.llm.sql_labelled import labelled_rows
from pgpilot.llm.sql_numerals import in_digits, ordinals, ranges
from pgpilot.llm.sql_phrasal import PARTICLES, PHRASAL
from pgpilot.llm.sql_rates import per_unit
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_tallies import tallied
from pgpilot.llm.sql_units import scaled
from pgpilot.llm.sql_vocab import FILLER as FILLER_WORDS
from pgpilot.llm.sql_vocab import STOP
from pgpilot.sql.schema import Table

CONTRACTIONS: Final = (
    (
        re.compile(
            r"(?i)\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n['\u2019]t\b"
        ),
        r"\1 not",
    ),
    (re.compile(r"(?i)\bcan['\u2019]t\b"), "cannot"),
    (re.compile(r"(?i)\bwon['\u2019]t\b"), "will not"),
    (re.compile(r"(?i)\b(who|which|that|they|we|you|i)['\u2019]ve\b"), r"\1 have"),
    (re.compile(r"(?i)\b(who|which|that|they|we|you)['\u2019]re\b"), r"\1 are"),
    (re.compile(r"(?i)\b(who|that|it|there)['\u2019]s (been|got|had)\b"), r"\1 has \2"),
)
# Phrases that only set the tone or the time of asking ("right now" is the data as it is).
FILLER: Final = re.compile(
    r"(?i)\b(?:(?:can|could|would) you (?:please )?(?:tell|show|give) me|tell me|"
    r"i(?:['\u2019]d| would) like to (?:know|see)|i want to (?:know|see)|do you know|"
    r"right now|at the moment|at present|as of (?:now|today)|currently|for now|"
    r"on (?:file|record)|in (?:the|our) (?:system|database|records|books)|please|"
    r"(?:do|does) (?:we|you) have)\b[,]?\s*"
)
# "do not have a manager", "have never had a review", "never gave a phone number": without one.
WITHOUT: Final = re.compile(
    r"(?i)\b(?:(?:do|does|did) not (?:have|own|hold|list|give|provide)|"
    r"(?:has|have|had) not (?:got|had|given|provided|supplied|entered|left)|"
    r"(?:has|have|had) never (?:had|got|given|provided|supplied|entered|left)|"
    r"never (?:had|got|gave|provided|supplied|entered|left|received)|lack|lacks|lacking|"
    # "publications not linked to a grant": no grant
    r"(?:(?:is|are|was|were) )?(?:not|never) (?:linked|attached|tied|connected|assigned|"
    r"associated|related) (?:to|with)|"
    # "runners who don't belong to a club", "runners not in a club": no club
    r"(?:(?:do|does|did) not belong (?:to|in)|(?:(?:is|are|was|were) )?not (?:in|on|part of|"
    r"a member of|members of))(?= (?:a|an|any) ))"
    r"(?: any| a| an| their| his| her| its)?\b"
)
# "us" the speaker ("gave us a phone number"), never "the US" the country: lower case only.
US: Final = re.compile(r"(?<!the )\bus\b ?")
# "where attendance was never recorded": the noun's column is empty.
NEVER_RECORDED: Final = re.compile(
    r"(?i)\b(?:where|whose) (?P<noun>\w+(?: \w+)?) (?:was|were|is|are|has been|have been) "
    r"(?:never|not) (?:recorded|entered|set|given|filled in|filled|logged|captured|known|noted|"
    r"counted|measured)\b"
)
# Thousands separators: 500,000 → 500000 (a list "1, 2" keeps its space).
THOUSANDS: Final = re.compile(r"\b(\d{1,3})((?:,\d{3})+)\b(?!,\d)")
# Currencies people say, and the unit a column name ends with (budget_eur, price_usd).
CURRENCIES: Final = (
    (re.compile(r"(?i)(?:€\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:€|euros?\b|eur\b))"), "eur"),
    (re.compile(r"(?i)(?:\$\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:dollars?\b|usd\b))"), "usd"),
    (re.compile(r"(?i)(?:£\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:gbp\b))"), "gbp"),
)
# "55p": pence, said of a column kept in pence (standing_charge_pence), is its bare number.
PENCE: Final = re.compile(r"(?i)\b(\d+(?:\.\d+)?)\s*(?:p|pence)\b")
# "500 pounds" is money only where a column is in GBP; elsewhere it may be a weight.
POUNDS: Final = re.compile(r"(?i)(\d+(?:\.\d+)?)\s*(?:pounds? sterling|pounds?|quid)\b")
# Areas, lengths and durations said in words: the unit as column names spell it.
UNIT_WORDS: Final = (
    (re.compile(r"(?i)(\d)\s*(?:square met(?:re|er)s?|sq\.? ?m|sqm|m²)(?!\w)"), r"\1 m2"),
    (re.compile(r"(?i)(\d)\s*(?:cubic met(?:re|er)s?|m³)(?!\w)"), r"\1 m3"),
    (re.compile(r"(?i)(\d)\s*(?:kilomet(?:re|er)s?|kms?)(?!\w)"), r"\1 km"),
    (re.compile(r"(?i)(\d)\s*(?:kilograms?|kgs)(?!\w)"), r"\1 kg"),
    (re.compile(r"(?i)(\d)\s*(?:minutes|mins?)(?!\w)"), r"\1 min"),
)
# "900 a month", "30000 per year", "40 hours a week": a rate said after a number.
RATE: Final = re.compile(
    r"(?i)(?<=\d)(?P<unit> (?:(?:eur|usd|gbp|hours?|hrs|days?|km|kg|min) )?)"
    r"(?:a|per|an) (?P<per>hour|day|week|month|year)\b"
)
ADVERBS: Final = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly"}
ADVERBS_YEAR: Final = ("yearly", "annual", "annually")
# "weekly hours" where hours_per_week holds them: the adverb is the column's own unit.
ADVERB: Final = re.compile(r"(?i)\b(?P<adv>hourly|daily|weekly|monthly|yearly|annual) (?=\w)")


# The organisation whose database it is ("joined the company"), when no table is one; not
# a name said before a table's word ("the Business plan": the plan named Business).
ORGANISATION: Final = re.compile(
    r"(?i)\b(?:the|our|this) (?P<noun>company|firm|organi[sz]ation|business)\b ?(?=(?P<next>\w*))"
)
# "headcount": the number of staff, when no column holds a headcount.
HEADCOUNT: Final = re.compile(r"(?i)\b(?:the |total )?head ?counts?\b")


# "projects run by the X department": the department's projects, unless a column is the verb.
BY_PARENT: Final = re.compile(
    r"(?i)\b(?P<verb>run|managed|led|operated|overseen|organi[sz]ed) by\b"
)
# "without a performance review": a modifier no name holds, before a noun one does.
MODIFIED: Final = re.compile(
    r"(?i)\b(?P<lead>without|with no|no|never had|never got) (?P<art>(?:a |an |any )?)"
    r"(?P<mod>[a-z]+) (?P<noun>[a-z]+)\b"
)

# "a budget of at least 300000": the column's word right before the comparison.
OF_COMPARED: Final = re.compile(
    r"(?i)\b(?P<w>[a-z]+) of (?=(?:at least|at most|more than|less than|over|under|above|below)"
    r" \d)"
)
# "have never been withdrawn": never withdrawn.
NEVER_BEEN: Final = re.compile(r"(?i)\b(?:has|have|had|was|were)? ?never been\b")
# "end date", "phone number", "email address": the kind of a column its first word names.
KIND_NOUN: Final = re.compile(r"(?i)\b(?P<w>[a-z]+) (?P<kind>date|day|time|number|address)\b")


def plain(text: str, tables: list[Table]) -> str:
    """The question with contractions spelled out, filler dropped and units as columns say them."""
    for pattern, spelled in CONTRACTIONS:
        text = pattern.sub(spelled, text)
    text = FILLER.sub("", text)
    text = labelled_rows(US.sub("", text), tables)  # "companies": accounts, by company_name
    text = NEVER_RECORDED.sub(lambda m: f"with no {m['noun']}", text)
    text = WITHOUT.sub("without", text)
    text = in_digits(text)  # "the five largest": the 5 largest
    text = THOUSANDS.sub(lambda m: m[1] + m[2].replace(",", ""), text)
    text = ordinals(text, tables)  # "the second floor": floor 2
    text = ranges(text)  # "between 100 and 500 kg": at least 100 kg and at most 500 kg
    text = _currencies(scaled(text, tables), tables)
    for pattern, spelled in UNIT_WORDS:
        text = pattern.sub(spelled, text)
    text = RATE.sub(lambda m: _rate(m, tables), per_unit(text, tables))
    text = _organisation(text, tables)
    text = PARTICLES.sub(lambda m: m[1], text)
    for pattern, verb in PHRASAL:
        text = pattern.sub(verb, text)
    text = BY_PARENT.sub(lambda m: m[0] if _named(m["verb"], tables) else "of", text)
    text = MODIFIED.sub(lambda m: _modified(m, tables), text)
    text = KIND_NOUN.sub(lambda m: _kind_noun(m, tables), text)
    text = OF_COMPARED.sub(lambda m: m[0] if m["w"].lower() in STOP else f"{m['w']} ", text)
    text = NEVER_BEEN.sub("never", text)
    text = ADVERB.sub(lambda m: _adverb(m, tables), text)
    return tallied(" ".join(text.split()))  # "crew count by rank": number of crew by rank


def _parts(tables: list[Table]) -> set[str]:
    return {p for t in tables for c in t.columns for p in c.name.lower().split("_")}


def _currencies(text: str, tables: list[Table]) -> str:
    """ "500 euros" → "500 eur" when a column is in euros; else the bare number."""
    parts = _parts(tables)
    for pattern, code in CURRENCIES:
        said = f" {code}" if code in parts else ""
        text = pattern.sub(lambda m: f"{m[1] or m[2]}{said}", text)  # noqa: B023 (used at once)
    text = PENCE.sub(r"\1", text) if "pence" in parts else text
    return POUNDS.sub(r"\1 gbp", text) if "gbp" in parts else text


def _rate(found: re.Match[str], tables: list[Table]) -> str:
    """ "900 a month": "900 monthly" when a column is monthly, else the number alone."""
    per = found["per"].lower()
    parts = _parts(tables)
    named = [a for a in (ADVERBS.get(per, ""), *(ADVERBS_YEAR if per == "year" else ())) if a]
    adverb = next((a for a in named if a in parts), None)
    return f"{found['unit']}{adverb}" if adverb else found["unit"].rstrip()


def _adverb(found: re.Match[str], tables: list[Table]) -> str:
    """ "weekly hours": dropped when a column holds the figure per week (hours_per_week)."""
    adverb = found["adv"].lower()
    per = next((u for u, a in ADVERBS.items() if a == adverb), "year")
    names = {c.name.lower() for t in tables for c in t.columns}
    if adverb not in _parts(tables) and any(n.endswith(f"per_{per}") for n in names):
        return ""
    return found[0]


def _organisation(text: str, tables: list[Table]) -> str:
    """ "joined the company" → "joined", "headcount" → "number of staff", unless names say them."""
    names = {p for t in tables for p in t.name.lower().split("_")} | _parts(tables)
    text = ORGANISATION.sub(lambda m: m[0] if _kept(m, names, tables) else "", text)
    if not names & {"headcount", "head"}:
        text = HEADCOUNT.sub("number of staff", text)
    return text


def _kept(found: re.Match[str], names: set[str], tables: list[Table]) -> bool:
    """Whether "the company" is a table's word, or a name said before one ("Business plan")."""
    after = found["next"].lower()
    return found["noun"].lower() in names or any(names_word(t.name, after) for t in tables)


def _named(word: str, tables: list[Table]) -> bool:
    """Whether a word names a table or a column (managed → managed_by)."""
    word = word.lower()
    return any(
        names_word(t.name, word) or any(names_word(c.name, word) for c in t.columns) for t in tables
    )


def _modified(found: re.Match[str], tables: list[Table]) -> str:
    mod = found["mod"].lower()
    if (
        mod in FILLER_WORDS
        or mod in STOP
        or mod == "where"
        or found["mod"][0].isupper()  # "no Spanish customers": a value, not a modifier
        or _named(mod, tables)
        or not _own_column(found["noun"], tables)
    ):
        return found[0]
    return f"{found['lead']} {found['art']}{found['noun']}"


def _kind_noun(found: re.Match[str], tables: list[Table]) -> str:
    """ "end date" → "end" when end_on is the column and no column says "end" and "date"."""
    word, kind = found["w"].lower(), found["kind"].lower()
    if word in FILLER_WORDS or word in STOP:  # "by number of", "the date"
        return found[0]
    named = [c for t in tables for c in t.columns if names_word(c.name, word, synonyms=False)]
    if not named or any(kind in c.name.lower().split("_") for c in named):
        return found[0]
    return found["w"]


def _own_column(word: str, tables: list[Table]) -> bool:
    """Whether a word names a column that is not a key (review → last_review_on)."""
    for table in tables:
        keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
        if any(c.name not in keys and names_word(c.name, word.lower()) for c in table.columns):
            return True
    return False
