"""A plain question taken apart: what to compute, over what, grouped how, filtered how.

"top 5 customers by number of orders", "which category has the most products", "how much
stock of X is left", "orders in 2024", "cheaper than 20", "never shipped".
"""

import re
from dataclasses import dataclass, field
from typing import Final

from pgpilot.llm import sql_calendar as calendar
from pgpilot.llm import sql_dates as dates
from pgpilot.llm.sql_flags import flag as state_flag
from pgpilot.llm.sql_names import ADJECTIVES
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_units import UNIT_WORD
from pgpilot.llm.sql_vocab import COUNT, FUNCTIONS, MONTHS, SPELLED
from pgpilot.sql.schema import Table

AGG: Final = re.compile(
    r"(?i)^(?:what is |what's )?(?:the )?(?P<fn>average|avg|mean|total|sum of|sum|maximum|max|"
    r"minimum|min|highest|largest|biggest|lowest|smallest)\s+(?P<rest>.+)$"
)
HOW_MUCH: Final = re.compile(r"(?i)^how much (?P<col>\w+) (?:of|for|does|do|is) (?P<r>.+)$")
# "how much does X cost": the number the verb means, of the row named.
HOW_MUCH_VERB: Final = re.compile(
    r"(?i)^how much (?:does|do|did|is|are) (?:the |a |an )?(?P<r>.+?) "
    r"(?P<col>cost|costs|earn|earns|weigh|weighs)$"
)
# "how much was paid by card", "how much did customers from Spain pay in total": a sum.
HOW_MUCH_SUM: Final = re.compile(
    r"(?i)^how much (?:was|were|did|has|have|is) (?P<rest>.+?)(?: in total| altogether)?$"
)
# "the names of doctors", "email and city of customers": the columns asked for, of the rows.
COLUMNS_OF: Final = re.compile(
    r"(?i)^(?:the )?(?P<cols>[\w ,]+?) (?:of|for) (?:all |each |every |all the )?(?P<rest>.+)$"
)
# "which <rows> <any verb> the most <things>": has, placed, handled, served, "has sat on"…
MOST: Final = re.compile(
    r"(?i)^(?!(?:what|which) (?:is|are|was|were) )"  # "what is the most expensive item"
    r"(?:(?:show|list) )?(?:which |what |the |who is the )?(?:(?P<n>\d+) )?(?P<who>[^\W\d][\w ]*?) "
    r"(?:(?:has|have|had) )?(?!at )(?P<verb>[^\W\d]\w*)(?: (?:on|in|for|with|to|into|over))? "
    r"(?:the )?(?P<deg>most|fewest|least) (?P<what>[^\W\d][\w ]*)$"
)
# "films ordered by budget", "in order of fee, highest first": every row, sorted.
SORTED: Final = re.compile(
    r"(?i),? (?:(?:sorted|ordered|ranked|listed|arranged) (?:by|on)|in (?:(?:ascending|descending)"
    r" )?order of|by order of) (?:the |their |its )?(?P<col>[\w ]+?)(?P<dir>,? (?:highest|"
    r"largest|biggest|most|newest|latest|lowest|smallest|least|oldest|earliest) first|"
    r" desc(?:ending)?| asc(?:ending)?)?$"
)
DESCENDING: Final = frozenset(
    {"highest", "largest", "biggest", "most", "newest", "latest", "desc", "descending"}
)
# Verbs of money: "spent the most on fees" sums an amount, it counts no rows.
MONEY_VERBS: Final = frozenset(
    {"spent", "spend", "spends", "paid", "pay", "pays", "earned", "earn", "earns", "charged"}
    | {"charge", "charges", "cost", "costs", "raised", "raise", "invested", "owed", "owes"}
)
# "which books were borrowed the most", "the most borrowed book": counted by the verb's table.
MOST_VERB: Final = re.compile(
    r"(?i)^(?:which|what) (?P<who>[\w ]+?) (?:was|were|is|are|has been|have been|got|gets|get|has"
    r"|have|had) (?!the\b)(?P<what>\w+) (?:the )?(?P<deg>most|least)(?: often| times)?$"
)
MOST_DONE: Final = re.compile(
    r"(?i)^(?:which is |what is |what's |what are |show |list )?(?:the )?(?:(?P<n>\d+) )?"
    r"(?P<deg>most|least) (?P<what>\w+(?:ed|en)) (?P<who>[\w ]+)$"
)
# "the last 5 loans": the 5 latest; "the last 30 days" is a date (`sql_dates`).
LAST_N: Final = re.compile(
    r"(?i)\b(?:the )?(?:last|most recent) (?P<n>\d+) (?!(?:day|week|month|quarter|year)s?\b)"
)
TOP_BY: Final = re.compile(
    r"(?i)^(?:show |list )?(?:the )?top (?P<n>\d+) (?P<who>[\w ]+?) by (?:the )?(?:number|count)"
    r" of (?P<what>[\w ]+)$"
)
# "top 5 customers by shipping spend": ranked by a sum of the number the words name.
TOP_SUM: Final = re.compile(
    r"(?i)^(?:show |list |who are |which are |what are )?(?:the )?top (?P<n>\d+) (?P<who>[\w ]+?)"
    r" by (?:the )?(?:total |sum of |overall )?(?P<what>[\w ]+)$"
)
# "the 3 members with the highest total fines": ranked by a sum, as "top 3 members by fines".
WITH_TOTAL: Final = re.compile(
    r"(?i)^(?:show |list |which |what |who are )?(?:the )?(?:(?P<n>\d+) )?(?P<who>[^\W\d][\w ]*?)"
    r" (?:with|having|who have|that have) the (?P<deg>highest|largest|biggest|most|lowest|"
    r"smallest|least) (?:total|combined|overall|sum of) (?P<what>[\w ]+)$"
)
DISTINCT: Final = re.compile(r"(?i)^(?:distinct|different|unique|separate) ")
LEAD: Final = re.compile(
    r"(?i)^(?:show(?: me)?|list|get|find|display|give me|what are|which are|what is|what's|"
    r"which|what|who are)"
    r"\s+(?:all |the )?"
)
GROUP: Final = re.compile(
    # "hit by a weather delay": a thing with an article is who or what did it, no grouping.
    r"(?i)(?:\s+(?:per|by|(?:for|in|to|of|at|on) each|for every|grouped by)\s+(?!any |no |an? )"
    r"(?P<g>[\w ]+?)|"
    r"\s+(?:does|do|has|have|did) each (?P<e>[\w ]+?) (?:have|has|had|do|hold|held|contain|\w+ed"
    r"|done|made|sold|won|got|seen|taken|given|written))$"
)
COMPARE: Final = re.compile(
    r"(?i)\b(?:with |having |(?P<verb>costing|that cost|priced) )?(?P<op>less than|fewer than|"
    r"more than|greater than|cheaper than|more expensive than|longer than|shorter than|bigger than|"
    r"larger than|smaller than|heavier than|lighter than|taller than|higher than|lower than|"
    r"under|over|below|above|at least|at most) "
    r"(?P<num>\d+(?:\.\d+)?)(?: (?P<unit>"
    + UNIT_WORD
    + r")\b)?(?: (?:units |items )?(?:left |remaining )?(?:in|of) (?P<col>\w+)"
    + r"|(?= (?P<next>\w+)(?: of (?P<of>\w+))?))?"
)
# Verbs that link a column to its comparison: "whose budget is over", "height was below".
COPULAS: Final = frozenset({"is", "are", "was", "were", "be", "been"})
NEVER: Final = re.compile(
    r"(?i)\b(?:never|not yet|not been|without (?:a |an )?)\s*(?:been |be )?(?P<w>\w+)"
)
# Years of the last millennium too ("artists born before 1850"), unless a unit follows.
YEAR: Final = re.compile(
    r"(?i)\b(?P<op>in|during|before|after|since) (?P<y>(?:1\d|20)\d\d)\b(?! (?:"
    + UNIT_WORD
    + r")\b)"
)
# "in March", "in March 2024"; "before March 2025", "since May 2024": from or to its first day.
MONTH: Final = re.compile(
    r"(?i)\b(?:in|(?P<op>before|after|since) (?=[a-z]+ (?:19|20)\d\d\b))"
    r" ?(?P<m>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?: (?P<y>(?:19|20)\d\d))?\b"
)


@dataclass(slots=True)
class Ask:
    """A question taken apart: what to compute, over what, with which filters."""

    kind: str  # count | agg | list | most | how_much
    text: str
    fn: str = ""
    limit: int | None = None
    group: str | None = None
    who: str = ""
    descending: bool = True
    adjective: str = ""  # "largest", when it opened the question
    order: str = ""  # a column word to sort rows by ("which product has the least stock")
    columns: list[str] = field(default_factory=list)  # words of the columns asked for
    alone: bool = False  # the row is named ("the budget of Marketing"): its columns alone
    filters: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, word, value)
    period: str = ""  # "month": grouped by date_trunc('month', <the date column>)
    distinct: bool = False  # "how many distinct cities": count(DISTINCT <column>)
    paid: bool = False  # "spent the most": a verb of money, summing an amount


def question(text: str) -> Ask:
    """The question's kind, subject words, group and limit."""
    if found := TOP_BY.match(text):
        return Ask("most", found["what"], limit=int(found["n"]), who=found["who"])
    if found := TOP_SUM.match(text):
        return Ask("most", found["what"], fn="sum", limit=int(found["n"]), who=found["who"])
    if found := WITH_TOTAL.match(text):
        low = found["deg"].lower() in ("lowest", "smallest", "least")
        limit = int(found["n"] or 1)
        return Ask(
            "most", found["what"], fn="sum", limit=limit, who=found["who"], descending=not low
        )
    text = LAST_N.sub(lambda m: f"the {m['n']} latest ", text)
    text = re.sub(r"(?i)\bmost recently\b", "most recent", text)
    if found := MOST_VERB.match(text) or MOST_DONE.match(text):
        limit = int(found["n"]) if "n" in found.groupdict() and found["n"] else 1
        return Ask(
            "most", found["what"], limit=limit, who=found["who"], descending=found["deg"] == "most"
        )
    if found := MOST.match(text):
        paid = found["verb"].lower() in MONEY_VERBS
        limit, who = _numbered(found["who"])
        return Ask(
            "most",
            found["what"],
            fn="sum" if paid else "",
            paid=paid,
            limit=int(found["n"]) if found["n"] else limit,  # "which 3 / three trainers"
            who=who,
            descending=found["deg"] == "most",
        )
    if found := HOW_MUCH.match(text) or HOW_MUCH_VERB.match(text):
        return Ask("how_much", found["r"], who=found["col"])
    if found := HOW_MUCH_SUM.match(text):
        text = f"total {found['rest']}"  # "how much was raised for each campaign": grouped too
    if found := COUNT.match(text):
        ask = Ask("count", DISTINCT.sub("", found["rest"]))
        ask.distinct = ask.text != found["rest"]
    elif found := AGG.match(text):
        ask = Ask("agg", found["rest"], fn=FUNCTIONS[found["fn"].lower()])
        ask.adjective = found["fn"].lower() if found["fn"].lower() in ADJECTIVES else ""
    else:
        ask = Ask("list", LEAD.sub("", text))
        if top := re.match(r"(?i)^(?:the )?(?:top |first )?(\d+) ", ask.text):
            ask.limit, ask.text = int(top[1]), ask.text[top.end() :]
    if ask.kind == "list" and (sort := SORTED.search(ask.text)):
        ask.order, text = sort["col"], ask.text[: sort.start()]  # no grouping "by"
        said = f"{ask.text[sort.start() : sort.start('col')]} {sort['dir'] or ''}".lower()
        ask.descending, ask.text = bool(set(re.findall(r"\w+", said)) & DESCENDING), text
    if group := GROUP.search(ask.text):
        ask.group, ask.text = group["g"] or group["e"], ask.text[: group.start()]
    return ask


def _numbered(who: str) -> tuple[int, str]:
    """ "three trainers", "which 3 trainers": how many rows are asked for, and what they are."""
    found = re.match(r"(?i)^(?:which |what )?(\w+) (?=\w)", who)
    said = found[1].lower() if found else ""
    number = int(said) if said.isdigit() else SPELLED.get(said, 0) if len(said) > 2 else 0
    return (number, who[found.end() :]) if found and number else (1, who)


def take_filters(ask: Ask, tables: list[Table]) -> None:
    """Moves comparisons, NULL tests, years, months and relative dates into `ask.filters`."""
    ask.text, relative = dates.take(ask.text)  # first: "more than 2 years ago" is no comparison
    ask.filters += [("relative", mode, value) for mode, value in relative]
    ask.text, spans = calendar.take(ask.text)  # "before March 2024", "in Q4 2024"
    ask.filters += [("calendar", start, end) for start, end in spans]
    for pattern, kind in ((COMPARE, "compare"), (NEVER, "null"), (YEAR, "year")):
        taken: list[re.Match[str]] = []
        for found in pattern.finditer(ask.text):
            taken.append(found)
            if kind == "compare":
                # The column may follow ("4 credits", "5 in stock") or precede ("grades above 9").
                before = ask.text[: found.start()].split()
                while before[-1:] and before[-1].lower() in COPULAS:
                    before.pop()  # "whose budget is over 800000": the budget
                before = before[-2:]
                pair = [" ".join(before)] if len(before) == 2 else []  # "awarded amount"
                # "insured for more than 3 million": the participle before "for" names it.
                before = before[-1:] if before[-1:] not in (["for"], ["at"]) else before[:1]
                verb = (found["verb"] or "").split()[-1:]  # "costing", "that cost": the price
                of = f"{found['next']} of {found['of']}" if found["of"] else ""  # years of
                named = [found["col"] or "", of, found["next"] or "", *verb, *pair, *before]
                said = f"{found['op']}|{found['num']}|{found['unit'] or ''}"
                # "19000 API calls": a column's word in capitals is its name's (api_calls).
                ask.filters.append((kind, ",".join(named).lower(), said))
            elif kind == "null" and not _can_be_empty(found["w"], tables):
                taken.pop()  # "not been delivered": a value negated (`sql_negation`)
            elif kind == "null":
                ask.filters.append((kind, found["w"], ""))
            else:
                ask.filters.append((kind, found["op"].lower(), found["y"]))
        for found in reversed(taken):
            ask.text = f"{ask.text[: found.start()]} {ask.text[found.end() :]}"
    for found in MONTH.finditer(ask.text):
        month = str(MONTHS.index(found["m"].lower()) + 1)
        said = " ".join(w for w in (found["op"], found["y"]) if w)  # "before 2025", "2024"
        ask.filters.append(("month", said.lower(), month))  # March, or March 2024
    ask.text = MONTH.sub(" ", ask.text)


def _can_be_empty(word: str, tables: list[Table]) -> bool:
    """Whether a column may say that a thing is not yet so: a nullable one, or a state flag."""
    said = word.lower()
    nullable = (c for t in tables for c in t.columns if c.nullable)
    return any(names_word(c.name, said) for c in nullable) or state_flag(said, tables) is not None
