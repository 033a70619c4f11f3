"""Pieces of a task message: polite wrapping, dates, priorities, tags, quotes, task references."""

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from pgpilot.tasks.dates import NUMBERS, parse_date

IT: Final = "it"
WEEKDAY_NAMES: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEKDAY_SHORT: Final = "mon|tues?|wed|weds|thu|thurs?|fri|sat|sun"
MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_COUNT: Final = r"\d+|" + "|".join(NUMBERS)
_ORDINAL: Final = r"\d{1,2}(?:st|nd|rd|th)?"
_LEAD: Final = r"(?:due\s+(?:on\s+|by\s+)?|by\s+|on\s+|for\s+|before\s+|until\s+|till\s+)?"
_DATE_FORMS: Final = (
    r"\d{4}-\d{2}-\d{2}",
    r"(?:the\s+)?day\s+after\s+tomorrow",
    r"today|tonight|tomorrow",
    rf"(?:(?:this|next|coming)\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:of\s+)?next\s+week)?",
    rf"(?:this|next|coming)\s+(?:{WEEKDAY_SHORT})",
    rf"next\s+week(?:\s+on\s+(?:{WEEKDAY_NAMES}))?",
    r"next\s+month|(?:this|next)\s+weekend",
    rf"in\s+(?:{_COUNT})\s+(?:day|week|month)s?",
    r"(?:the\s+|by\s+the\s+)?end\s+of\s+(?:the\s+|this\s+)?month",
    rf"(?:the\s+)?{_ORDINAL}(?:\s+of)?\s+(?:{MONTHS})(?:\s+\d{{4}})?",
    rf"(?:{MONTHS})\s+{_ORDINAL}(?:,?\s+\d{{4}})?",
)
DATE: Final = re.compile(
    rf"(?<![\w'\u2019-]){_LEAD}(?P<when>{'|'.join(_DATE_FORMS)})(?![\w'\u2019-])", re.IGNORECASE
)
LEVEL: Final = r"high|medium|low|normal|urgent|important|top"
PRIORITY: Final = re.compile(
    rf"(?:,\s*|\s+|^)(?:(?:with|at|as|and)\s+)?"
    r"(?:(?:it'?s|it\s+is|this\s+is|that'?s|which\s+is)\s+(?:very\s+|really\s+|super\s+|quite\s+)?)?"
    r"(?:(?:a|an)\s+)?"
    rf"(?:priority\s*(?:[:=]\s*|of\s+|is\s+|to\s+)?(?P<level>{LEVEL})"
    rf"|(?P<level2>{LEVEL})[-\s]+priority|(?P<flag>urgent(?:ly)?|important|asap))\b",
    re.IGNORECASE,
)
TAG: Final = re.compile(r"(?:^|(?<=\s))#(?P<tag>[^\W\d][\w-]*)", re.IGNORECASE)
QUOTED: Final = re.compile(
    r"\"(?P<a>[^\"]+)\"|\u201c(?P<b>[^\u201d]+)\u201d|\u2018(?P<c>[^\u2019]+)\u2019|(?<!\w)'(?P<d>[^']+)'(?!\w)"
)
TASK_ID: Final = re.compile(
    r"(?:the\s+)?(?:(?:task|todo|to-do|item|number|no\.?)\s*(?:number\s+|no\.?\s*)?#?\s*|#)?"
    r"(?P<id>\d{1,18})(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
EMBEDDED_ID: Final = re.compile(
    r"(?:\b(?:task|todo|item)\s*(?:number\s+)?#?\s*|#)(?P<id>\d{1,18})\b"
)
IT_WORDS: Final = re.compile(
    r"(?:it|its|this|that|them|this\s+one|that\s+one|the\s+same(?:\s+one|\s+task)?"
    r"|(?:this|that|the)\s+(?:task|todo|item)"
    r"|the\s+(?:last|latest|previous|new|newest)(?:\s+(?:one|task|todo|item))?"
    r"|the\s+one\s+I\s+(?:just\s+)?(?:added|created|mentioned))",
    re.IGNORECASE,
)
POLITE: Final = re.compile(
    r"^(?:(?:please|pls|kindly|ok|okay|so|and|also|now|then|oh|well|alright|hey|hi|hello)\b[,\s]*)*"
    r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|i(?:'d|\s+would)\s+like\s+(?:you\s+)?to\s+"
    r"|i\s+want\s+(?:you\s+)?to\s+|let'?s\s+|go\s+ahead\s+and\s+|help\s+me\s+|just\s+)?",
    re.IGNORECASE,
)
TRAILING: Final = re.compile(
    r"(?:[\s,]*(?:please|pls|thanks|thank\s+you|for\s+me))*[\s.!?,;]*$", re.I
)
ARTICLES: Final = re.compile(r"^(?:(?:the|my|a|an|that|this|our)\s+)+", re.IGNORECASE)
NOUN_END: Final = re.compile(r"\s+(?:task|todo|to-do|item|one|entry|reminder)$", re.IGNORECASE)
NOUN_START: Final = re.compile(
    r"^(?:task|todo|to-do|item|entry)(?:\s+(?:called|named|titled))?\s+", re.IGNORECASE
)
LIST_END: Final = re.compile(
    r"\s+(?:from|off|on|in|to)\s+(?:my\s+|the\s+)?(?:list|tasks|to-?do\s+list|todo\s+list)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reference:
    """How a message names a task: by id, by title words, or as the last one talked about."""

    task_id: int | None = None
    words: str | None = None

    @property
    def is_it(self) -> bool:
        """Whether the task is the one the conversation last touched."""
        return self.task_id is None and self.words == IT


def unwrap(message: str) -> str:
    """The request without polite wrapping, extra spaces or closing punctuation."""
    text = " ".join(message.split())
    text = TRAILING.sub("", text)
    return POLITE.sub("", text, count=1).strip()


def level(word: str) -> str:
    """low, medium or high for a priority word."""
    word = word.lower()
    if word in ("urgent", "urgently", "important", "asap", "top"):
        return "high"
    return "medium" if word == "normal" else word


def take_priority(text: str) -> tuple[str | None, str]:
    """The priority a text asks for (last one wins) and the text without it."""
    found: str | None = None
    for match in PRIORITY.finditer(text):
        found = level(match.group("level") or match.group("level2") or match.group("flag"))
    return found, PRIORITY.sub(" ", text).strip() if found else text


def take_tags(text: str) -> tuple[list[str], str]:
    """#tags of a text and the text without them."""
    tags = [match.group("tag") for match in TAG.finditer(text)]
    return tags, TAG.sub(" ", text).strip() if tags else text


def take_quoted(text: str) -> tuple[str | None, str]:
    """The first quoted phrase and the text without it."""
    match = QUOTED.search(text)
    if match is None:
        return None, text
    quoted = next(group for group in match.groups() if group)
    return quoted.strip(), (text[: match.start()] + " " + text[match.end() :]).strip()


def read_date(phrase: str, *, today: date) -> date | None:
    """The date a phrase means, weekends included."""
    words = phrase.strip().lower()
    if words.endswith("weekend"):
        words = ("next " if words.startswith("next") else "") + "saturday"
    words = re.sub(r"(?:^|\s)the\s+end", " end", words).strip()
    return parse_date(words, today=today)


CLOCK: Final = re.compile(
    r"(?:,\s*|\s+|^)at\s+(?:(?P<noon>noon|midday|midnight)"
    r"|(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?)(?![\w:])",
    re.IGNORECASE,
)


def take_time(text: str) -> tuple[str | None, str]:
    """A time of day ("at 5pm", "at 17:30", "at noon") as HH:MM, and the text without it."""
    for match in CLOCK.finditer(text):
        if match.group("noon"):
            hour, minute = (0 if match.group("noon").lower() == "midnight" else 12), 0
        else:
            hour, minute = int(match.group("h")), int(match.group("m") or 0)
            meridiem = (match.group("ap") or "").lower()[:1]
            if not meridiem and match.group("m") is None:
                continue  # "at 5" alone may be an address or a count, not a time
            if meridiem and not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if meridiem == "p" else 0) if meridiem else hour
        if hour > 23 or minute > 59:
            continue
        rest = (text[: match.start()] + " " + text[match.end() :]).strip()
        return f"{hour:02d}:{minute:02d}", " ".join(rest.split())
    return None, text


def take_date(text: str, *, today: date) -> tuple[date | None, str]:
    """The last date phrase of a text that means a date, and the text without it."""
    for match in reversed(list(DATE.finditer(text))):
        day = read_date(match.group("when"), today=today)
        if day is not None:
            rest = (text[: match.start()] + " " + text[match.end() :]).strip()
            return day, " ".join(rest.split())
    return None, text


def reference(phrase: str) -> Reference | None:
    """The task a phrase names; None when it names nothing."""
    text = LIST_END.sub("", phrase.strip(" .,:;!?\"'\u201c\u201d\u2018\u2019")).strip()
    if not text:
        return None
    if match := TASK_ID.fullmatch(text):
        return Reference(task_id=int(match.group("id")))
    if IT_WORDS.fullmatch(text):
        return Reference(words=IT)
    if match := EMBEDDED_ID.search(text.lower()):
        return Reference(task_id=int(match.group("id")))
    quoted, _ = take_quoted(text)
    words = quoted or NOUN_END.sub("", NOUN_START.sub("", ARTICLES.sub("", text)))
    words = words.strip(" .,:;!?\"'")
    return Reference(words=words) if words else None


def title_case(text: str) -> str:
    """The text with its first letter capitalised."""
    return text[:1].upper() + text[1:]
