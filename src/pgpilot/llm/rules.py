"""The offline planner's rules: the regular expressions of each verb family."""

import re
from typing import Final

from pgpilot.llm import phrases

FLAGS = re.IGNORECASE


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern."""
    return re.compile(pattern, FLAGS)


GREET: Final = rx(
    r"(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+there)?(?:\s+\w+)?"
)
THANK: Final = rx(
    r"(?=\S)(?:(?:ok(?:ay)?|great|perfect|awesome|cool|nice|good|got\s+it)[\s,]*)*"
    r"(?:thanks|thank\s+you|thx|ty|cheers)?(?:\s+(?:so\s+much|a\s+lot|very\s+much))?"
)
ASK_HELP: Final = rx(
    r"help|\?|what\s+can\s+you\s+do|what\s+do\s+you\s+do|how\s+does\s+(?:this|it)\s+work"
    r"|how\s+do\s+i\s+use\s+(?:this|you)|what\s+are\s+you|who\s+are\s+you|commands|options"
)
DELETE: Final = rx(
    r"(?:delete|remove|erase|drop|trash|discard|scrap|get\s+rid\s+of)(?:\s+(?P<t>.+))?"
)
LIST_START: Final = rx(
    r"(?:show|list|display|view|see|get|give|tell|print|fetch|read|what|which|whats|what's"
    r"|how\s+many|do\s+i\s+have|have\s+i|any|anything|are\s+there|my|all"
    r"|(?:tasks|todos)\s+(?=due|for|overdue|late|that|this|next))\b.*"
)
LIST_NOUN: Final = rx(
    r"\b(?:tasks?|todos?|to-?dos?|to\s+do|list|items?|agenda|things|left|remaining|pending"
    r"|outstanding|plate|everything|done|completed?|finish(?:ed)?|open|due|overdue|late"
    r"|today|tonight|tomorrow|this\s+week|next\s+week)\b"
)
# A due view of list_tasks: the key is the `due` argument.
DUE_VIEWS: Final = (
    ("overdue", rx(r"\b(?:overdue|late|past\s+due|missed)\b")),
    ("next_week", rx(r"\bnext\s+week\b")),
    ("this_week", rx(r"\b(?:this|the)\s+week\b")),
    ("tomorrow", rx(r"\btomorrow\b")),
    ("today", rx(r"\b(?:today|tonight)\b")),
)
LIST_SHORT: Final = rx(r"(?:my\s+)?(?:tasks|todos|to-?do\s+list|list|agenda|what'?s\s+next)")
PENDING: Final = rx(
    r"\b(?:pending|open|left|remaining|outstanding|incomplete|unfinished|undone|active"
    r"|not\s+(?:yet\s+)?(?:done|completed|finished)|still\s+(?:have|need)|upcoming)\b"
)
COMPLETED: Final = rx(r"\b(?:completed?|finished|finish|done|closed|ticked|checked\s+off)\b")
SORT: Final = rx(
    r"\bby\s+(?P<key>due\s+date|deadline|due|date\s+(?:added|created)|date|priority|importance"
    r"|creation(?:\s+date|\s+time)?|created(?:\s+date)?|age|newest|recency)\b"
    r"|\b(?P<new>newest|most\s+recent|latest|recently\s+added)\b"
    r"|\b(?P<important>most\s+important)\b"
)
LIST_LEVEL: Final = rx(r"\b(?P<p>high|medium|low|urgent|important)(?:[-\s]+priority)?\b")
SORT_KEYS: Final = {"priority": "priority", "importance": "priority", "due": "due_date"}

COMPLETE: Final = (
    rx(r"(?:mark|set)(?:\s+as)?\s+(?:done|complete|completed|finished)(?:\s+(?P<t>.+))?"),
    rx(
        r"(?:mark|set|flag|tick|check)\s+(?P<t>.+?)\s+(?:as\s+)?(?:done|complete|completed|finished)"
    ),
    rx(r"(?:check|tick|cross)\s+off\s+(?P<t>.+)"),
    rx(r"(?:check|tick|cross)\s+(?P<t>.+?)\s+off"),
    rx(r"(?:complete|finish|close|finalize|finalise)(?:\s+(?P<t>.+))?"),
    rx(r"(?:i(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:finished|completed|done\s+with|did)\s+(?P<t>.+)"),
    rx(r"(?P<t>.+?)\s+(?:is|was|are)\s+(?:now\s+)?(?:done|finished|complete|completed)"),
    rx(r"(?:done|finished|completed)(?:\s+with)?(?:\s+(?P<t>.+))?"),
    rx(r"(?:all\s+done|it'?s\s+done|that'?s\s+done)"),
)
SET: Final = r"(?:change|set|update|make|switch|put|edit|turn)"
PRIO: Final = rf"(?P<p>{phrases.LEVEL})(?:[-\s]+priority)?"
PRIORITY_RULES: Final = (
    rx(rf"{SET}\s+(?:the\s+)?priority\s+(?:of|for|on)\s+(?P<t>.+?)\s+to\s+{PRIO}"),
    rx(rf"{SET}\s+(?:the\s+)?priority\s+(?:to\s+)?{PRIO}(?:\s+(?:for|of|on)\s+(?P<t>.+))?"),
    rx(rf"{SET}\s+(?P<t>.+?)(?:['\u2019]s)?\s+priority\s+(?:to\s+|as\s+)?{PRIO}"),
    rx(rf"(?:make|mark|set|flag)\s+(?P<t>.+?)\s+(?:as\s+)?(?:a\s+)?{PRIO}"),
    rx(r"(?:prioriti[sz]e)\s+(?P<t>.+)"),
)
DUE: Final = r"(?:due\s+date|deadline|due)"
MOVE: Final = r"(?:move|postpone|push(?:\s+back)?|reschedule|delay|defer|shift)"
DUE_RULES: Final = (
    rx(rf"(?:{SET}|move)\s+(?:the\s+)?{DUE}\s+(?:of|for|on)\s+(?P<t>.+?)\s+to\s+(?P<d>.+)"),
    rx(rf"(?:{SET}|move)\s+(?:the\s+)?{DUE}\s+to\s+(?P<d>.+)"),
    rx(rf"(?:{SET}|move)\s+(?P<t>.+?)(?:['\u2019]s)?\s+{DUE}\s+to\s+(?P<d>.+)"),
    rx(rf"{MOVE}\s+(?P<t>.+?)\s+(?:to|until|till|for|by|on)\s+(?P<d>.+)"),
    rx(rf"{MOVE}(?:\s+(?P<t>.+))?"),
    rx(r"make\s+(?P<t>.+?)\s+due\s+(?P<d>.+)"),
    rx(r"(?P<t>.+?)\s+is\s+(?:now\s+)?due\s+(?P<d>.+)"),
)
NOTE: Final = r"(?:description|note|notes|details)"
DESCRIPTION_RULES: Final = (
    rx(
        rf"(?:{SET}|add|write|give)\s+(?:the\s+|a\s+)?{NOTE}\s+(?:of|for|on|to)\s+(?P<t>.+?)"
        r"\s*(?::|\bto\b|\bas\b|\bsaying\b)\s*(?P<v>.+)"
    ),
    rx(rf"(?:{SET}|add)\s+(?:the\s+|its\s+|a\s+)?{NOTE}\s*(?:to|as|:)\s*(?P<v>.+)"),
    rx(r"describe\s+(?P<t>.+?)\s+as\s+(?P<v>.+)"),
)
RENAME_RULES: Final = (
    rx(r"(?:rename|retitle)\s+(?P<t>.+?)\s+(?:to|as|into)\s+(?P<v>.+)"),
    rx(r"(?:rename|retitle)\s+(?:to|as)\s+(?P<v>.+)"),
    rx(rf"{SET}\s+(?:the\s+)?(?:title|name)\s+(?:of|for)\s+(?P<t>.+?)\s+to\s+(?P<v>.+)"),
    rx(rf"{SET}\s+(?:the\s+|its\s+)?(?:title|name)\s+to\s+(?P<v>.+)"),
    rx(rf"{SET}\s+(?P<t>.+?)(?:['\u2019]s)?\s+(?:title|name)\s+to\s+(?P<v>.+)"),
    rx(r"call\s+(?P<t>it|this|that|this\s+task|that\s+task|task\s*#?\d+|#\d+)\s+(?P<v>.+)"),
)
TAG_RULES: Final = (
    rx(r"(?:tag|label)\s+(?P<t>.+?)\s+(?:with|as)\s+(?P<v>.+)"),
    rx(r"(?:tag|label)\s+(?P<t>.+?)\s+(?P<v>#[^\W\d].*)"),
    rx(
        r"(?:put|add|stick|apply|give)\s+(?:the\s+|a\s+)?(?:tags?|labels?)\s+(?P<v>.+?)"
        r"\s+(?:on|to)\s+(?P<t>.+)"
    ),
    rx(r"(?:put|add|stick)\s+(?P<v>#[^\W\d]\S*(?:\s+#\S+)*)\s+(?:on|to)\s+(?P<t>.+)"),
    rx(r"(?:give|mark)\s+(?P<t>.+?)\s+(?:the\s+|a\s+)?(?:tags?|labels?)\s+(?P<v>.+)"),
)
REPEAT_WORD: Final = r"(?:repeat|recur)s?"
REPEAT_RULES: Final = (
    rx(rf"(?:make|set|have|let)\s+(?P<t>.+?)\s+{REPEAT_WORD}\s+(?P<v>.+)"),
    rx(rf"(?P<t>.+?)\s+(?:should|must|will|needs\s+to|has\s+to)\s+{REPEAT_WORD}\s+(?P<v>.+)"),
    rx(
        r"(?:repeat|recur)\s+(?P<t>.+?)\s+(?P<v>(?:every|each|on|daily|weekly|monthly|yearly|"
        r"annually|fortnightly|monday|from).*)"
    ),
)
STOP_REPEAT_RULES: Final = (
    rx(
        r"(?:stop|don'?t\s+keep|quit)\s+(?:repeating|recurring)\s+(?P<t>.+)"
        r"|(?:stop|end)\s+(?:the\s+)?(?:repeat(?:ing)?|recurrence|series)\s+(?:of|for|on)\s+(?P<t2>.+)"
    ),
    rx(
        r"(?P<t>.+?)\s+(?:should|must|will|does|do|need|needs)\s*(?:n'?t|\s+not|\s+no\s+longer)"
        rf"\s+(?:need\s+to\s+)?{REPEAT_WORD}(?:\s+any\s*more|\s+again)?"
    ),
    rx(rf"(?P<t>.+?)\s+(?:no\s+longer|doesn'?t|does\s+not)\s+{REPEAT_WORD}(?:\s+any\s*more)?"),
    rx(rf"(?:make|set)\s+(?P<t>.+?)\s+(?:not\s+{REPEAT_WORD}|(?:a\s+)?one-?off|one\s+time)"),
    rx(rf"(?:don'?t|do\s+not)\s+{REPEAT_WORD}\s+(?P<t>.+?)(?:\s+any\s*more)?"),
)
DELETED_WORDS: Final = (
    r"(?:\s+(?:that|which)?\s*(?:i|we)\s+(?:just\s+|accidentally\s+|have\s+|had\s+)?"
    r"(?:deleted|removed|erased|trashed|dropped|got\s+rid\s+of)(?:\s+(?:earlier|before|by\s+mistake))?)?"
)
RESTORE: Final = (
    rx(
        r"(?:bring\s+back|get\s+back|recover|restore|undelete|retrieve|un-?delete|put\s+back)"
        rf"(?:\s+(?P<t>.+?))?{DELETED_WORDS}(?:\s+back)?"
    ),
    rx(
        r"(?:undo|revert|reverse)\s+(?:the\s+|my\s+|that\s+)?(?:last\s+)?(?:delete|deletion|removal)"
    ),
    rx(rf"(?:bring|get|put)\s+(?P<t>.+?){DELETED_WORDS}\s+back"),
)
CHANGE_RULE: Final = rx(rf"{SET}\s+(?P<t>.+?)\s+(?:to|into)\s+(?P<v>.+)")
TASK_NOUN: Final = r"(?:task|todo|to-?do|item|reminder|entry)"
# "remind me at 5pm tomorrow to call mom": the when comes before the what.
REMIND_WHEN: Final = rx(
    r"remind\s+me\s+(?P<when>(?:at|on|tomorrow|today|tonight|next|this|in|every|each)\b.+?)"
    r"\s+(?:to|about)\s+(?P<rest>.+)"
)
ADD_RULES: Final = (
    rx(r"put\s+(?P<rest>.+?)\s+on\s+(?:my\s+|the\s+)?(?:list|to-?do\s+list|todo\s+list)"),
    rx(
        rf"(?:add|insert|log|jot\s+down|note\s+down|write\s+down)(?:\s+(?:a|an|the|one|another))?"
        rf"(?:\s+new)?(?:\s+{TASK_NOUN})?(?:(?:\s+|^)(?:to|called|named|titled|saying|for|about)"
        r"\b|\s*[:-])?(?:\s+(?P<rest>.+))?"
    ),
    rx(
        rf"(?:create|make|new|schedule|set\s+up)(?:\s+(?:a|an|another))?(?:\s+new)?\s+{TASK_NOUN}"
        r"(?:(?:\s+|^)(?:to|called|named|titled|saying|for|about)\b|\s*[:-])?(?:\s+(?P<rest>.+))?"
    ),
    rx(
        r"(?:remind\s+me\s+(?:to|about)|don'?t\s+(?:let\s+me\s+)?forget\s+(?:to|about)"
        r"|i\s+(?:need|have|must|should|want|gotta)\s+to|i\s+must|i\s+gotta|need\s+to"
        rf"|have\s+to|(?:new\s+)?{TASK_NOUN}\s*:|to\s+do\s*:)\s*(?P<rest>.*)"
    ),
)
LIST_SUFFIX: Final = rx(
    r"\s+(?:to|on|in)\s+(?:my\s+|the\s+)?(?:list|tasks|to-?do\s+list|todo\s+list)$"
)
TASK_HEAD: Final = rx(
    rf"^(?:(?:a|an|another|new)\s+)*{TASK_NOUN}(?:\s+(?:to|called|named|titled|saying|for|about)\b|\s*[:-])"
)
DANGLING: Final = rx(r"^(?:to|that|:|-|,)\s+|\s+(?:due|by|on|with|and|for|,|-|at)$")
