"""The offline planner's grammar: one message in, the tool call it asks for (or a reply) out.

Verbs (after "please", "can you", "I'd like to" …):
  add       add / create a task / new task / remind me to / I need to / todo: / put X on my list
  list      show / list / what are … tasks; pending|open|left vs completed|finished|done;
            "high priority"; "sorted by priority|due date|creation date", "newest first"
  complete  complete / finish / check off / tick off / mark X as done / X is done / done
  update    rename X to Y / change the title|description|priority|due date of X to Y /
            make X high priority / move|postpone|reschedule X to <date> / change X to <value>
  delete    delete / remove / get rid of / erase / drop / trash
Tasks are named by id ("task 3", "#3"), by title words (quoted or not), or as "it" / "that
task" / "this task" (the last task the conversation touched). Add reads a quoted title,
due-date words, `priority high|medium|low` (or "urgent"/"important" = high) and #tags.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from pgpilot.chat.confirmations import is_affirmative, is_negative
from pgpilot.llm import phrases, repeats, rules
from pgpilot.llm.phrases import IT, Reference
from pgpilot.llm.rules import (
    ADD_RULES,
    ASK_HELP,
    CHANGE_RULE,
    COMPLETE,
    COMPLETED,
    DELETE,
    DESCRIPTION_RULES,
    DUE_RULES,
    GREET,
    LIST_LEVEL,
    LIST_NOUN,
    LIST_SHORT,
    LIST_START,
    PENDING,
    PRIORITY_RULES,
    RENAME_RULES,
    SORT,
    SORT_KEYS,
    TAG_RULES,
    THANK,
)

HELP: Final = (
    'I keep your to-do list. Try: "add buy milk tomorrow #shopping", "show my pending '
    'tasks", "mark task 3 as done", "move the report to next friday", "make it high '
    'priority" or "delete task 3".'
)
GREETING: Final = "Hello! " + HELP
THANKS: Final = "You're welcome! Anything else for your list?"
NOT_UNDERSTOOD: Final = "Sorry, I didn't understand that. " + HELP
ASK_TITLE: Final = 'What should the task say? For example: "add buy milk tomorrow".'
NOTHING_PENDING: Final = "There is nothing waiting for a yes or no. " + HELP
ASK_WHICH: Final = 'Which task should I {verb}? Give its number ("task 3") or words from its title.'
ASK_REPEAT: Final = 'How often? For example: "make task 2 repeat every friday".'
ASK_DATE: Final = 'To which date? For example: "move task 3 to next friday".'
VERBS: Final = {
    "complete_task": "mark as done",
    "update_task": "change",
    "delete_task": "delete",
    "restore_task": "restore",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message asks for: a tool call (maybe still missing its task) or a reply."""

    tool: str | None = None
    arguments: Mapping[str, Any] = field(default_factory=dict)
    reply: str | None = None
    task: str | None = None  # title words, or "it": the task still to be looked up

    def to_dict(self) -> dict[str, Any]:
        """The JSON form `pgpilot tasks parse` prints."""
        return {
            "tool": self.tool,
            "arguments": dict(self.arguments),
            "reply": self.reply,
            "task": self.task,
        }


def say(reply: str) -> Reading:
    """A reply and no tool call."""
    return Reading(reply=reply)


def on_task(tool: str, ref: Reference | None, **arguments: Any) -> Reading:
    """A call about one task, asking which one when the reference is missing."""
    if ref is None:
        return say(ASK_WHICH.format(verb=VERBS[tool]))
    if ref.task_id is not None:
        return Reading(tool, {"task_id": ref.task_id, **arguments})
    return Reading(tool, arguments, task=ref.words)


def _ref(match: re.Match[str]) -> Reference | None:
    """The match's task (group t); "it" when the rule has no task group or it is empty."""
    named = match.groupdict().get("t")
    return Reference(words=IT) if named is None else phrases.reference(named)


def read(message: str, *, today: date) -> Reading:
    """How the offline planner reads one message, on its own."""
    small = _small_talk(" ".join(message.split()).strip(" .!?,"), today)
    if small is not None:
        return small
    text = phrases.unwrap(message)
    if not text:
        return say(HELP)
    rules_in_order = (
        _restore,
        _delete,
        _list,
        _complete,
        _update,
        _add,
        _change_anything,
        _routine,
    )
    for rule in rules_in_order:
        found = rule(text, today)
        if found is not None:
            return found
    ref = phrases.reference(text)
    if ref is not None and ref.task_id is not None:
        return say(f"What should I do with task {ref.task_id}? " + HELP)
    return say(NOT_UNDERSTOOD)


def _small_talk(text: str, _today: date) -> Reading | None:
    if GREET.fullmatch(text):
        return say(GREETING)
    if ASK_HELP.fullmatch(text):
        return say(HELP)
    if is_affirmative(text) or is_negative(text):
        return say(NOTHING_PENDING)
    if THANK.fullmatch(text):
        return say(THANKS)
    return None


def _delete(text: str, _today: date) -> Reading | None:
    match = DELETE.fullmatch(text)
    if match is None:
        return None
    ref = phrases.reference(match.group("t")) if match.group("t") else None
    return on_task("delete_task", ref, confirmed=False)


def _list(text: str, _today: date) -> Reading | None:
    if not (LIST_SHORT.fullmatch(text) or (LIST_START.fullmatch(text) and LIST_NOUN.search(text))):
        return None
    if any(rule.fullmatch(text) for rule in TAG_RULES):  # "give task 4 the tag errands"
        return None
    arguments: dict[str, Any] = {"status": "all"}
    without_sort = SORT.sub(" ", text)
    if PENDING.search(without_sort):
        arguments["status"] = "pending"
    elif COMPLETED.search(without_sort):
        arguments["status"] = "completed"
    if level := LIST_LEVEL.search(without_sort):
        arguments["priority"] = phrases.level(level.group("p"))
    due = next((view for view, rule in rules.DUE_VIEWS if rule.search(without_sort)), None)
    if due is not None:
        arguments["due"] = due
    if sort := SORT.search(text):
        key = (sort.group("key") or "").lower()
        if sort.group("new") or key.startswith(("creat", "date ", "age", "newest", "recen")):
            arguments["sort_by"] = "created_at"
        elif sort.group("important"):
            arguments["sort_by"] = "priority"
        else:
            arguments["sort_by"] = SORT_KEYS.get(key, "due_date")
    return Reading("list_tasks", arguments)


def _complete(text: str, _today: date) -> Reading | None:
    for rule in COMPLETE:
        if match := rule.fullmatch(text):
            return on_task("complete_task", _ref(match))
    return None


def _update(text: str, today: date) -> Reading | None:
    for family, build in _UPDATES:
        for rule in family:
            match = rule.fullmatch(text)
            # "make a task to …" creates one: updates name existing tasks.
            if match and not NEW_THING.fullmatch(match.groupdict().get("t") or ""):
                return build(match, today)
    return None


def _change_anything(text: str, today: date) -> Reading | None:
    match = CHANGE_RULE.fullmatch(text)
    if match is None or NEW_THING.fullmatch(match.group("t")):
        return None
    return _change(match, today)


def _priority(match: re.Match[str], _today: date) -> Reading:
    level = match.groupdict().get("p")
    return on_task("update_task", _ref(match), priority=phrases.level(level or "high"))


def _due(match: re.Match[str], today: date) -> Reading:
    words = match.groupdict().get("d")
    if words is None:
        return say(ASK_DATE)
    day = phrases.read_date(words, today=today)
    if day is None:
        return say(f"I couldn't read {words!r} as a date. " + ASK_DATE)
    return on_task("update_task", _ref(match), due_date=day.isoformat())


def _description(match: re.Match[str], _today: date) -> Reading:
    return on_task("update_task", _ref(match), description=match.group("v").strip())


def _rename(match: re.Match[str], _today: date) -> Reading:
    quoted, rest = phrases.take_quoted(match.group("v"))
    return on_task("update_task", _ref(match), title=quoted or rest.strip())


def _tag(match: re.Match[str], _today: date) -> Reading:
    """Tags are added to the task's own, never replace them."""
    tags, rest = phrases.take_tags(match.group("v"))
    words = [word.strip(" ,") for word in re.split(r",|\band\b|\s", rest) if word.strip(" ,")]
    return on_task("update_task", _ref(match), add_tags=tags + words)


def _repeat(match: re.Match[str], _today: date) -> Reading:
    rule, rest = repeats.take_repeat(match.group("v"))
    if rule is None or rest.strip(" ,.!"):
        return say(ASK_REPEAT)
    return on_task("update_task", _ref(match), recurrence=rule)


def _stop_repeat(match: re.Match[str], _today: date) -> Reading:
    named = match.groupdict().get("t") or match.groupdict().get("t2")
    ref = phrases.reference(named) if named else Reference(words=IT)
    return on_task("update_task", ref, recurrence=None)


GENERIC: Final = frozenset(
    {"task", "todo", "item", "one", "last", "latest", "deleted", "removed", "it", "that", "this"}
)


def _restore(text: str, _today: date) -> Reading | None:
    """restore_task on the user's most recent deletion, matching the title words if any."""
    for rule in rules.RESTORE:
        if match := rule.fullmatch(text):
            named = match.groupdict().get("t") or ""
            words = [w for w in re.findall(r"[\w'-]+", phrases.ARTICLES.sub("", named)) if w]
            kept = [w for w in words if w.lower() not in GENERIC | {"the", "my", "a", "just"}]
            return Reading("restore_task", {"title": " ".join(kept)} if kept else {})
    return None


def _change(match: re.Match[str], today: date) -> Reading:
    """'change X to Y': a priority, else a date, else a new title."""
    value = match.group("v").strip()
    if level := re.fullmatch(rf"(?:a\s+)?{rules.PRIO}", value, rules.FLAGS):
        return on_task("update_task", _ref(match), priority=phrases.level(level.group("p")))
    day = phrases.read_date(value, today=today)
    if day is not None:
        return on_task("update_task", _ref(match), due_date=day.isoformat())
    return _rename(match, today)


_UPDATES: Final[tuple[tuple[tuple[re.Pattern[str], ...], Callable[..., Reading]], ...]] = (
    (RENAME_RULES, _rename),
    (DESCRIPTION_RULES, _description),
    (PRIORITY_RULES, _priority),
    (DUE_RULES, _due),
    (TAG_RULES, _tag),
    (rules.STOP_REPEAT_RULES, _stop_repeat),
    (rules.REPEAT_RULES, _repeat),
)
NEW_THING: Final = rules.rx(r"(?:a|an|another|new|some)\b.*")


def _add(text: str, today: date) -> Reading | None:
    if match := rules.REMIND_WHEN.fullmatch(text):
        return add_reading(f"{match.group('rest')} {match.group('when')}", today=today)
    for rule in ADD_RULES:
        if match := rule.fullmatch(text):
            return add_reading(match.group("rest") or "", today=today)
    return None


def _routine(text: str, today: date) -> Reading | None:
    """A bare routine ("water the plants every sunday") is a repeating task to add."""
    rule, rest = repeats.take_repeat(text)
    return add_reading(text, today=today) if rule is not None and rest else None


def add_reading(rest: str, *, today: date) -> Reading:
    """add_task's arguments from what follows the verb."""
    quoted, rest = phrases.take_quoted(rest)
    tags, rest = phrases.take_tags(rest)
    priority, rest = phrases.take_priority(rest)
    recurrence, rest = repeats.take_repeat(rest)
    clock, rest = phrases.take_time(rest)
    due, rest = phrases.take_date(rest, today=today)
    rest = rules.TASK_HEAD.sub("", rules.LIST_SUFFIX.sub("", rest))
    for _ in range(3):
        rest = rules.DANGLING.sub("", rest.strip(" ,.;:-")).strip()
    title = quoted or phrases.title_case(rest)
    if not title:
        return say(ASK_TITLE)
    arguments: dict[str, Any] = {"title": title}
    if due is not None:
        arguments["due_date"] = due.isoformat()
    if priority is not None:
        arguments["priority"] = priority
    if tags:
        arguments["tags"] = tags
    if recurrence is not None:
        arguments["recurrence"] = recurrence
    if clock is not None:  # a time of day is a reminder, on the due day (or today)
        arguments["remind_at"] = f"{(due or today).isoformat()}T{clock}"
    return Reading("add_task", arguments)
