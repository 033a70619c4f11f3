"""Phrasal verbs and set phrases said for the word a column is named by, as (pattern, word) pairs.

Applied in order by `sql_phrasing.plain`: "albums that came out" were released, "loans taken out"
are loans taken, "5 euros or more" is at least 5 euros, "auto-renew switched off" is not auto-renew.
"""

import re
from typing import Final

# A verb's particle that adds nothing to the act: "loans taken out" are loans taken.
PARTICLES: Final = re.compile(r"(?i)\b(take|takes|took|taken|taking|check|checks|checked) out\b")
# Phrasal verbs said for the verb a column is named by: albums that "came out" were released.
PHRASAL: Final = (
    (re.compile(r"(?i)\b(?:came|come|comes|coming) out\b"), "released"),
    (re.compile(r"(?i)\b(?:gave|give|given|gives|hand|handed|hands) out\b"), "issued"),
    (re.compile(r"(?i)\b(?:still )?(?:in service|in operation|operational)\b"), "active"),
    (re.compile(r"(?i)\b(?:turned|turn|turns|turning) down\b"), "declined"),
    (
        re.compile(r"(?i)\b(?:got|get|gets|given|gave|was given|were given) the green light\b"),
        "greenlit",
    ),
    # "the oldest car we look after": the rows we hold, said with a verb of keeping.
    (re.compile(r"(?i)\b(?:that |which )?(?:we|you) (?:look|looked|are looking) after\b ?"), ""),
    # "issues nobody is assigned to": not yet assigned (an empty key, or no child row).
    (
        re.compile(
            r"(?i)\b(?:nobody|no one|no-one) (?:is |was |has been |has |have )?(?:ever )?(\w+ed)\b"
            r"(?: to)?"
        ),
        r"not yet \1",
    ),
    # "when did X become a customer": when X joined (the date a row's person came in).
    (re.compile(r"(?i)\b(?:become|becomes) (?:a|an) [a-z]+(?: [a-z]+)?$"), "join"),
    (re.compile(r"(?i)\bbecame (?:a|an) [a-z]+(?: [a-z]+)?$"), "joined"),
    # "5 euros or more": at least 5 euros.
    (
        re.compile(r"(?i)\b(\d+(?:\.\d+)?(?: [a-z]+)?) or (?:more|greater|higher|above)\b"),
        r"at least \1",
    ),
    (
        re.compile(r"(?i)\b(\d+(?:\.\d+)?(?: [a-z]+)?) or (?:less|fewer|lower|below)\b"),
        r"at most \1",
    ),
    # "the film with the most crew on it": "on it" refers back to the row, it says nothing new.
    (
        re.compile(r"(?i)\b((?:most|fewest|least) \w+(?: \w+)?) (?:on|in|at|for) (?:it|them)$"),
        r"\1",
    ),
    # "longest-serving staff", "longest-standing client": the earliest to start.
    (re.compile(r"(?i)\blongest[- ](?:serving|standing|running|tenured)\b"), "earliest"),
    # "matches that took place at X": matches at X; "flagged as security": security.
    (re.compile(r"(?i)\b(?:took|take|takes|taking|taken) place\b ?"), ""),
    (re.compile(r"(?i)\b(?:flagged|marked|tagged) as\b ?"), ""),
    # "auto-renew switched off": not auto-renew; "switched on": the flag itself.
    (re.compile(r"(?i)\b([\w-]+) (?:switched|turned) off\b"), r"not \1"),
    (re.compile(r"(?i)\b([\w-]+) (?:switched|turned) on\b"), r"\1"),
    # "delayed by more than 30 minutes": a measure of the act, not a grouping "by".
    (
        re.compile(
            r"(?i)\b(\w+ed) by (?=(?:at least|at most|more than|less than|over|under|above|"
            r"below) \d)"
        ),
        r"\1 ",
    ),
    # "best-selling item by quantity", "which user has spent the most time listening": a ranked
    # sum (money spent is a verb of money, sql_question.MONEY_VERBS).
    (
        re.compile(
            r"(?i)^(?:what is |what's |which is |which |what )?(?:our |the )?best[- ]selling "
            r"(?P<who>[\w ]+?) by (?=\w)"
        ),
        r"top 1 \g<who> by ",
    ),
    (
        re.compile(
            r"(?i)^(?:which|what) (?P<who>[\w ]+?) (?:has |have |had )?spent the most "
            r"(?=time\b)"
        ),
        r"top 1 \g<who> by ",
    ),
    # "reserved but not paid yet": "but" joins two conditions like "and" ("all but" does not).
    (re.compile(r"(?i)(?<!\ball )(?<!\bnothing )(?<!\banything )\bbut\b"), "and"),
    # "accounts held in euros": the currency's code, a value.
    (re.compile(r"(?i)\bin euros?\b"), "in EUR"),
    (re.compile(r"(?i)\bin (?:us )?dollars?\b"), "in USD"),
    (re.compile(r"(?i)\bin (?:pounds sterling|sterling)\b"), "in GBP"),
    # "orders where the tip was at least 5": orders with a tip of at least 5.
    (
        re.compile(
            r"(?i)\bwhere (?:the |their |its )?(\w+) (?:is|was|are|were) (?=(?:at least|at most|"
            r"more than|less than|over|under|above|below) )"
        ),
        r"with \1 ",
    ),
)
