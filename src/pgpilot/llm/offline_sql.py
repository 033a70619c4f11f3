"""The offline SQL planner: a chat model of our own that writes SQL for a documented grammar.

It understands raw SQL (passed to the guard as is) and: list tables; describe <table>;
how many / count <table> [where …] [by <column>]; average|total|max|min <column> of <table>;
show|list [all|top N|N] [most|least <adjective>] <table> [where …] [order by <column> [desc]]
[limit N]; show <columns> of <table>; delete <table> where …; update <table> set <column> to
<value> where …. Conditions are `<column> <op> <value>` joined by "and"; names match the
schema fuzzily; values become literals (psycopg.sql), never text pasted into SQL.
"Most/least <adjective>" orders by a column: expensive/cheap → a price-like column, recent/
new/old → a date column, large/big/high/valuable → an amount-like column, or a column the
adjective names ("most stock"); "most" sorts descending, "least" ascending, and "cheapest",
"oldest", "smallest", "lowest" are "least …".
"""

import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pglast import ast, parse_sql
from pglast.visitors import Visitor

from pgpilot.llm.offline import OfflineChatModel
from pgpilot.llm.sql_attribute import attribute, lookup
from pgpilot.llm.sql_busy import busy
from pgpilot.llm.sql_deeds import deed
from pgpilot.llm.sql_degrees import measured_by_verb, ranked_by_date
from pgpilot.llm.sql_forms import FORMS
from pgpilot.llm.sql_hints import suggestion
from pgpilot.llm.sql_in_total import in_total
from pgpilot.llm.sql_initials import spelled_out
from pgpilot.llm.sql_names import NotUnderstood, variants
from pgpilot.llm.sql_natural import natural
from pgpilot.llm.sql_phrasing import plain
from pgpilot.llm.sql_prompt import CANNOT, read_tables
from pgpilot.llm.sql_rows import reworded, row_answer
from pgpilot.llm.sql_spans import ongoing
from pgpilot.llm.sql_superlative_phrases import plainly
from pgpilot.llm.sql_superlatives import most_often
from pgpilot.llm.sql_vocab import HOLDINGS
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

# The values a question may name, given the question and the tables its prompt holds.
Grounding = Callable[[str, list[Table]], Awaitable[Values]]

HELP: Final = (
    "I understand SQL, and: list tables; describe <table>; how many <table> [where …]; "
    "show [top N] <table> [where <column> <op> <value> [and …]] [order by <column> [desc]]; "
    "show the N most expensive <table>; average|total|max|min <column> of <table>; "
    "delete <table> where …; update <table> set <column> to <value> where …. "
    "For other questions set PGPILOT_MODEL (e.g. openai:gpt-4.1-mini) to use a language model."
)
HYPHENED: Final = re.compile(r"\b\w+(?:-\w+)+\b")
# A title before a capitalised name: "Dr. Priya Raman", "Prof Ada Lane".
TITLE: Final = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame)\.? "
    r"(?=(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*))"
)
# Keywords no question opens with: SQL even when it does not parse (the guard says why).
SQL_ONLY: Final = re.compile(
    r"(?i)^\s*(select|with|insert|update|delete|create|drop|alter|truncate|revoke|vacuum)\b"
)
GRAMMAR_WORDS: Final = re.compile(r"(?i)\s(?:where|order by|set|limit)\s")
SQL_START: Final = re.compile(
    r"(?i)^\s*(select|with|insert|explain|values|table|create|drop|alter|truncate|grant|revoke|"
    r"copy|vacuum|analyze|call|do|lock|set|reset|begin|commit|rollback|merge|prepare|execute|"
    r"listen|notify|discard|refresh|cluster|reindex|comment|security|import)\b",
    re.IGNORECASE,
)


def plan(question: str, tables: list[Table], values: Values | None = None) -> str:
    """SQL for the question, or `CANNOT: …` naming what it could not place, and a phrasing."""
    text = " ".join(question.strip().rstrip("?;.!").split())
    if _is_sql(text) or _is_sql_write(text, tables):
        return question.strip()
    text = _untitled(text, values)  # "when was Dr. Priya Raman hired": Priya Raman
    text = HYPHENED.sub(lambda found: _unhyphened(found, tables), text)  # "h-index": h index
    text = plainly(_held(spelled_out(text, tables), tables), tables)  # "installed most recently"
    text = ranked_by_date(measured_by_verb(in_total(text, tables)))  # "billed the most in total"
    text = most_often(text)  # "which location have we shot at most often": was shot the most
    if (found := attribute(text, tables, values)) is not None:
        return found  # "how many floors does Maas Tower have": one named row's column
    if (found := deed(text, tables, values)) is not None:
        return found  # "who curated X", "when did we buy X": the column the verb names
    if (found := row_answer(text, tables, values)) is not None:
        return found  # "how much is X per month", "who wrote X", "which event is next"
    text = reworded(busy(text, tables), tables, values)  # "who owns property in Porto": …
    problem = None
    for form in FORMS:
        try:
            found = form(text, tables)
        except NotUnderstood as exc:
            problem = problem or str(exc)
            continue
        if found is not None:
            return found
    # The grammar (and its writes) reads words as said; "right now" may be a span's today.
    said, text = text, plain(ongoing(text, tables), tables)
    if (found := lookup(text, tables, values)) is not None:
        return found
    try:
        found = natural(text, tables, values, said)
    except NotUnderstood as exc:
        # A question in the grammar's words ("… where colour = red") keeps the grammar's reason.
        problem = problem if problem and GRAMMAR_WORDS.search(said) else str(exc)
        found = None
    if found is not None:
        return found
    if _parses(said) and not said.lower().startswith("show "):
        return question.strip()
    if problem is None:
        return f"{CANNOT} {HELP}"
    return f"{CANNOT} {problem}. {suggestion(said, tables, values)}"


def _untitled(text: str, values: Values | None) -> str:
    """The text without a title before a name ("Dr. Priya Raman"), unless the data holds it."""

    def kept(found: re.Match[str]) -> str:
        held = values is not None and values.find(found.group(0) + found["name"], fuzzy=False)
        return found.group(0) if held else ""

    return TITLE.sub(kept, text)


def _unhyphened(found: re.Match[str], tables: list[Table]) -> str:
    """A hyphenated word with a part of a letter or two, said as the words of a column's name
    it spells: "h-index" (h_index). Longer parts are matched as they are ("check-out date")."""
    said = found.group(0)
    if all(len(part) > 2 for part in said.split("-")):
        return said
    joined = "_" + said.lower().replace("-", "_") + "_"
    names = ("_" + c.name.lower() + "_" for t in tables for c in t.columns)
    return said.replace("-", " ") if any(joined in name for name in names) else said


def _held(text: str, tables: list[Table]) -> str:
    """The text without "in our collection" and the like, unless a table is named so."""

    def kept(found: re.Match[str]) -> str:
        word = (found["word"] or "").lower()
        return found.group(0) if any(word in variants(t.name.lower()) for t in tables) else ""

    return HOLDINGS.sub(kept, text)


def _is_sql(text: str) -> bool:
    """SQL as written: a statement's keyword first, and SQL that parses when that keyword is
    also an English word ("grant payments from July", "table reservations for tonight")."""
    return bool(SQL_START.match(text)) and (bool(SQL_ONLY.match(text)) or _parses(text))


def _parses(text: str) -> bool:
    try:
        parse_sql(text)
    except Exception:  # pglast's ParseError, whatever its version calls it
        return False
    return True


def _is_sql_write(text: str, tables: list[Table]) -> bool:
    """DELETE/UPDATE that parse and name only known columns are SQL, not grammar."""
    words = text.lower().split()
    if not words or words[0] not in ("delete", "update") or not _parses(text):
        return False
    known = {column.name.lower() for table in tables for column in table.columns}
    refs: list[ast.ColumnRef] = []

    class Refs(Visitor):
        def visit_ColumnRef(self, _ancestors: object, node: ast.ColumnRef) -> None:
            refs.append(node)

    Refs()(parse_sql(text))
    last = [ref.fields[-1] for ref in refs if ref.fields]
    return all(not isinstance(f, ast.String) or str(f.sval).lower() in known for f in last)


def _question(messages: Sequence[BaseMessage]) -> str:
    # The first human message is the question; later ones report errors of earlier attempts.
    for message in messages:
        if isinstance(message, HumanMessage) and isinstance(message.content, str):
            return message.content
    return ""


def _schema(messages: Sequence[BaseMessage]) -> list[Table]:
    for message in messages:
        if isinstance(message, SystemMessage) and isinstance(message.content, str):
            return read_tables(message.content)
    return []


def answer(messages: Sequence[BaseMessage], values: Values | None = None) -> AIMessage:
    """The planner's reply to the SQL agent's prompt: SQL, or CANNOT with help."""
    return AIMessage(content=plan(_question(messages), _schema(messages), values))


class OfflineSqlModel(OfflineChatModel):
    """The SQL agent's planner without an LLM: deterministic, instant, offline."""

    @property
    def _llm_type(self) -> str:
        return "pgpilot-offline-sql"

    grounding: Grounding | None = None  # the target's values, bound by the agent per run

    def reply(self, messages: list[BaseMessage]) -> AIMessage:
        """The planner's next message (names only: values need the async grounding)."""
        return answer(messages)

    def grounded(self, grounding: Grounding) -> "OfflineSqlModel":
        """This planner, reading values of the run's target through `grounding`."""
        return self.model_copy(update={"grounding": grounding})

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        if self.grounding is None:
            values = None
        else:
            values = await self.grounding(_question(messages), _schema(messages))
        return ChatResult(generations=[ChatGeneration(message=answer(messages, values))])
