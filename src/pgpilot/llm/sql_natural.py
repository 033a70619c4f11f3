"""Plain questions: counts, aggregates, groups, superlatives and filters in everyday words.

"how many orders were cancelled", "average price per category", "top 5 customers by number of
orders", "customers who bought a Wireless Bicycle". Words that are values are found in the
target's data (`Values`); tables of different words are joined along foreign keys.
"""

import re
from dataclasses import dataclass, field
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column, from_clause, ident, joins
from pgpilot.llm.sql_names import (
    ADJECTIVES,
    LENGTHS,
    NotUnderstood,
    is_numeric,
    is_temporal,
    literal,
    variants,
)
from pgpilot.llm.sql_words import (
    Placed,
    date_column,
    label_columns,
    names_word,
    numeric_column,
    place,
    words,
)
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

COUNT: Final = re.compile(
    r"(?i)^(?:how many|(?:what is |what's )?(?:the )?number of|count(?: of)?)\s+(?P<rest>.+)$"
)
AGG: Final = re.compile(
    r"(?i)^(?:what is |what's )?(?:the )?(?P<fn>average|avg|mean|total|sum of|sum|maximum|max|"
    r"minimum|min|highest|largest|biggest|lowest|smallest)\s+(?P<rest>.+)$"
)
FUNCTIONS: Final = {
    "average": "avg",
    "avg": "avg",
    "mean": "avg",
    "total": "sum",
    "sum": "sum",
    "sum of": "sum",
    "maximum": "max",
    "max": "max",
    "minimum": "min",
    "min": "min",
    "highest": "max",
    "largest": "max",
    "biggest": "max",
    "lowest": "min",
    "smallest": "min",
}
HOW_MUCH: Final = re.compile(r"(?i)^how much (?P<col>\w+) (?:of|for|does|do|is) (?P<r>.+)$")
MOST: Final = re.compile(
    r"(?i)^(?:which|what|the|who is the) (?P<who>[\w ]+?) (?:has|have|had|placed|made|got|with|"
    r"bought|sold|received) (?:the )?(?P<deg>most|fewest|least) (?P<what>[\w ]+)$"
)
TOP_BY: Final = re.compile(
    r"(?i)^(?:show |list )?(?:the )?top (?P<n>\d+) (?P<who>[\w ]+?) by (?:the )?(?:number|count)"
    r" of (?P<what>[\w ]+)$"
)
LEAD: Final = re.compile(
    r"(?i)^(?:show(?: me)?|list|get|find|display|give me|what are|which are|which|what|who are)"
    r"\s+(?:all |the )?"
)
GROUP: Final = re.compile(
    r"(?i)(?:\s+(?:per|by|for each|in each|grouped by)\s+(?P<g>[\w ]+?)|\s+(?:does|do) each "
    r"(?P<e>[\w ]+?) (?:have|has|hold|contain))$"
)
COMPARE: Final = re.compile(
    r"(?i)\b(?:with |having |costing |that cost |priced )?(?P<op>less than|fewer than|more than|"
    r"greater than|cheaper than|more expensive than|longer than|shorter than|bigger than|"
    r"larger than|smaller than|under|over|below|above|at least|at most) "
    r"(?P<num>\d+(?:\.\d+)?)(?: (?:units |items )?(?:in|of) (?P<col>\w+)|(?= (?P<next>\w+)))?"
)
OPS: Final = {
    "less than": "<",
    "fewer than": "<",
    "more than": ">",
    "greater than": ">",
    "cheaper than": "<",
    "longer than": ">",
    "shorter than": "<",
    "bigger than": ">",
    "larger than": ">",
    "smaller than": "<",
    "more expensive than": ">",
    "under": "<",
    "over": ">",
    "below": "<",
    "above": ">",
    "at least": ">=",
    "at most": "<=",
}
NEVER: Final = re.compile(r"(?i)\b(?:never|not yet|not been|without (?:a |an )?)\s*(?P<w>\w+)")
YEAR: Final = re.compile(r"(?i)\b(?P<op>in|during|before|after|since) (?P<y>(?:19|20)\d\d)\b")
RELATIVE: Final = re.compile(r"(?i)\b(?:in )?(?P<rel>this|last) (?P<unit>year|month|week)\b")
MONTH: Final = re.compile(
    r"(?i)\bin (?P<m>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b"
)
MONTHS: Final = [m.lower() for m in MONTH.pattern.split("(?P<m>")[1].split(")")[0].split("|")]


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
    filters: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, word, value)


def natural(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SQL for a plainly worded read, or NotUnderstood naming the words it could not place."""
    ask = _ask(text)
    _take_filters(ask)
    if ask.group is not None:
        grouped = place(ask.group, tables, values)
        if grouped.values or grouped.unplaced or not (grouped.tables or grouped.columns):
            ask.text, ask.group = f"{ask.text} by {ask.group}", None  # "paid by paypal"
    if ask.kind == "agg" and ask.fn in ("max", "min") and ask.adjective:
        head = place(ask.text.split(" ")[0], tables, None)
        if head.tables and not head.columns:  # "largest payment": the row, sorted
            ask.kind, ask.text = "list", f"{ask.adjective} {ask.text}"
    if ask.kind == "agg":
        _measured_table(ask, tables)
    placed = place(ask.text, tables, values)
    if placed.unplaced:
        quoted = ", ".join(repr(w) for w in placed.unplaced)
        raise NotUnderstood(f"I could not place {quoted} in the schema or its data")
    if not (placed.tables or placed.columns or placed.values or placed.negated or placed.equals):
        return None
    return _build(ask, placed, tables)


def _measured_table(ask: Ask, tables: list[Table]) -> None:
    """ "total paid …": a word that only a column name contains (paid_at) names the table."""
    first, _, rest = ask.text.partition(" ")
    placed = place(first, tables, None)
    if placed.tables or placed.columns:
        return
    for table in tables:
        if names_word(table.name, first.lower()) or any(
            names_word(c.name, first.lower()) for c in table.columns
        ):
            ask.who, ask.text = table.qualified, f"{rest} {table.name}"
            return


def _ask(text: str) -> Ask:
    if found := TOP_BY.match(text):
        return Ask("most", found["what"], limit=int(found["n"]), who=found["who"])
    if found := MOST.match(text):
        return Ask(
            "most", found["what"], limit=1, who=found["who"], descending=found["deg"] == "most"
        )
    if found := HOW_MUCH.match(text):
        return Ask("how_much", found["r"], who=found["col"])
    if found := COUNT.match(text):
        ask = Ask("count", found["rest"])
    elif found := AGG.match(text):
        ask = Ask("agg", found["rest"], fn=FUNCTIONS[found["fn"].lower()])
        ask.adjective = found["fn"].lower() if found["fn"].lower() in ADJECTIVES else ""
    else:
        ask = Ask("list", LEAD.sub("", text))
        if top := re.match(r"(?i)^(?:the )?(?:top |first )?(\d+) ", ask.text):
            ask.limit, ask.text = int(top[1]), ask.text[top.end() :]
    if group := GROUP.search(ask.text):
        ask.group, ask.text = group["g"] or group["e"], ask.text[: group.start()]
    return ask


def _take_filters(ask: Ask) -> None:
    for pattern, kind in ((COMPARE, "compare"), (NEVER, "null"), (YEAR, "year")):
        for found in pattern.finditer(ask.text):
            if kind == "compare":
                # The column may follow ("4 credits", "5 in stock") or precede ("grades above 9").
                before = ask.text[: found.start()].split()[-1:]
                named = [found["col"] or "", found["next"] or "", *before]
                ask.filters.append((kind, ",".join(named), f"{found['op']}|{found['num']}"))
            elif kind == "null":
                ask.filters.append((kind, found["w"], ""))
            else:
                ask.filters.append((kind, found["op"].lower(), found["y"]))
        ask.text = pattern.sub(" ", ask.text)
    for found in RELATIVE.finditer(ask.text):
        ask.filters.append(("relative", found["rel"].lower(), found["unit"].lower()))
    ask.text = RELATIVE.sub(" ", ask.text)
    for found in MONTH.finditer(ask.text):
        ask.filters.append(("month", "", str(MONTHS.index(found["m"].lower()) + 1)))
    ask.text = MONTH.sub(" ", ask.text)


def _build(ask: Ask, placed: Placed, tables: list[Table]) -> str:
    named, columns, hits = placed.tables, placed.columns, placed.values
    if not (named or columns or hits):
        named = [p[0] for p in [*placed.negated, *placed.nulls]] + [e[0] for e in placed.equals]
    by_name = {t.qualified: t for t in tables}
    valued = {(h.table, h.column) for h in hits}
    plain = [(t, c) for t, c in columns if (t.qualified, c.name) not in valued]
    subject = named[0] if named else plain[0][0] if plain else by_name[hits[0].table]
    tokens = words(ask.text) + [w for _, w, _ in ask.filters]
    booleans = [(t, c) for t, c in plain if c.type.lower() == "boolean"]  # "active customers"
    plain = [(t, c) for t, c in plain if (t, c) not in booleans]
    flags = [(t, c, False) for t, c in booleans] + [(t, c, True) for t, c in placed.negated]
    conditions, wanted = _conditions(ask, placed, flags, subject, by_name, tables, tokens)
    measure = _measure(ask, plain, subject, tables)
    base = measure[0] if measure is not None and ask.kind == "agg" else subject
    group = _group(ask, named, plain, base, tables)
    extra = [t for t in named if t is not base]
    reach = [*extra, *wanted, *([group[0]] if group else []), *([measure[0]] if measure else [])]
    steps, repeats = joins(base, [t for t in reach if t is not base], tables)
    source = from_clause(base, steps)
    filters = pgsql.SQL(" WHERE ") + pgsql.SQL(" AND ").join(conditions) if conditions else None
    where_sql = filters if filters is not None else pgsql.SQL("")
    return _select(ask, base, subject, measure, group, repeats, source, where_sql, tokens)


def _conditions(
    ask: Ask,
    placed: Placed,
    flags: list[tuple[Table, Column, bool]],
    subject: Table,
    by_name: dict[str, Table],
    tables: list[Table],
    tokens: list[str],
) -> tuple[list[pgsql.Composable], list[Table]]:
    conditions: list[pgsql.Composable] = []
    wanted: list[Table] = []
    grouped: dict[tuple[str, str], list[str]] = {}
    for hit in placed.values:
        grouped.setdefault((hit.table, hit.column), []).append(hit.value)
    for (table_name, name), found in grouped.items():
        table = by_name[table_name]
        wanted.append(table)
        items = pgsql.SQL(", ").join(pgsql.Literal(v) for v in found)
        op = "= {}" if len(found) == 1 else "IN ({})"
        conditions.append(pgsql.SQL("{} " + op).format(column(table, name), items))
    for kind, word, value in ask.filters:
        conditions.append(_filter(kind, word, value, subject, tables, tokens))
    for table, col in placed.nulls:
        wanted.append(table)
        conditions.append(pgsql.SQL("{} IS NULL").format(column(table, col.name)))
    for table, col, number in placed.equals:
        wanted.append(table)
        conditions.append(
            pgsql.SQL("{} = {}").format(column(table, col.name), literal(col, number))
        )
    for table, flag, negated in flags:
        wanted.append(table)
        test = "NOT {}" if negated else "{}"
        conditions.append(pgsql.SQL(test).format(column(table, flag.name)))
    return conditions, wanted


def _filter(
    kind: str, word: str, value: str, subject: Table, tables: list[Table], tokens: list[str]
) -> pgsql.Composable:
    if kind == "compare":
        op, number = value.split("|")
        named = (numeric_column(w, [subject, *tables]) for w in word.split(",") if w)
        target, col = next((f for f in named if f is not None), None) or _hinted(subject, op)
        return pgsql.SQL("{} " + OPS[op] + " {}").format(
            column(target, col.name), literal(col, number)
        )
    if kind == "null":
        for col in subject.columns:
            if names_word(col.name, word.lower()) and col.nullable:
                return pgsql.SQL("{} IS NULL").format(column(subject, col.name))
        raise NotUnderstood(f"no column of {subject.name} says whether it was {word}")
    if kind == "year" and (counted := _year_column(subject, tokens)) is not None:
        ops = {"before": "<", "after": ">", "since": ">="}
        return pgsql.SQL("{} " + ops.get(word, "=") + " {}").format(
            column(subject, counted.name), pgsql.Literal(int(value))
        )
    dated = column(subject, date_column(subject, tokens).name)
    if kind == "year":
        year = int(value)
        start, end = pgsql.Literal(f"{year}-01-01"), pgsql.Literal(f"{year + 1}-01-01")
        if word == "before":
            return pgsql.SQL("{} < {}").format(dated, start)
        if word in ("after",):
            return pgsql.SQL("{} >= {}").format(dated, end)
        if word == "since":
            return pgsql.SQL("{} >= {}").format(dated, start)
        return pgsql.SQL("{} >= {} AND {} < {}").format(dated, start, dated, end)
    if kind == "month":
        return pgsql.SQL("extract(month FROM {}) = {}").format(dated, pgsql.Literal(int(value)))
    unit = pgsql.Literal(value)
    if word == "this":
        return pgsql.SQL("{} >= date_trunc({}, now())").format(dated, unit)
    return pgsql.SQL(
        "{d} >= date_trunc({u}, now()) - {i}::interval AND {d} < date_trunc({u}, now())"
    ).format(d=dated, u=unit, i=pgsql.Literal(f"1 {value}"))


def _year_column(table: Table, tokens: list[str]) -> Column | None:
    """A column of years ("year", "release_year"): one the words name, or the only dates."""
    years = [c for c in table.columns if c.name.lower().split("_")[-1] == "year"]
    named = [c for c in years if any(names_word(c.name, t) for t in tokens if t != "year")]
    if named:
        return named[0]
    dated = [c for c in table.columns if is_temporal(c)]
    return years[0] if years and not dated else None


def _hinted(table: Table, op: str) -> tuple[Table, Column]:
    adjective = "expensive" if "expensive" in op or "cheaper" in op else "large"
    hints = LENGTHS if op in ("longer than", "shorter than") else ADJECTIVES[adjective][0]
    for hint in hints:
        for col in table.columns:
            if col.name == hint and is_numeric(col):
                return table, col
    raise NotUnderstood(f"which number of {table.name} is {op}?")


def _measure(
    ask: Ask, plain: list[tuple[Table, Column]], subject: Table, tables: list[Table]
) -> tuple[Table, Column] | None:
    if ask.kind == "how_much":
        found = numeric_column(ask.who, [subject, *tables])
        if found is None:
            raise NotUnderstood(f"no number called {ask.who!r}")
        return found
    if ask.kind != "agg":
        return None
    numbers = [(t, c) for t, c in plain if is_numeric(c) and not c.name.endswith("id")]
    if numbers:
        return numbers[0]
    chosen = [t for t in tables if t.qualified == ask.who]
    for table in [*chosen, subject, *tables]:
        try:
            return _hinted(table, "large")
        except NotUnderstood:
            continue
    raise NotUnderstood("which number should I aggregate?")


def _group(
    ask: Ask,
    named: list[Table],
    plain: list[tuple[Table, Column]],
    base: Table,
    tables: list[Table],
) -> tuple[Table, Column | None] | None:
    phrase = ask.group or (ask.who if ask.kind == "most" else None)
    if phrase is None:
        return None
    placed = place(phrase, tables, None)
    if placed.columns:
        return placed.columns[-1]
    if placed.tables and placed.tables[-1] is base and ask.kind == "agg":
        return None  # "average number of credits per course": over the rows themselves
    if placed.tables:
        return placed.tables[-1], None
    raise NotUnderstood(f"cannot group by {phrase!r}")


def _select(
    ask: Ask,
    base: Table,
    subject: Table,
    measure: tuple[Table, Column] | None,
    group: tuple[Table, Column | None] | None,
    repeats: bool,
    source: pgsql.Composable,
    where_sql: pgsql.Composable,
    tokens: list[str],
) -> str:
    counted = (
        pgsql.SQL("count(DISTINCT {})").format(column(subject, subject.primary_key[0]))
        if repeats and subject.primary_key
        else pgsql.SQL("count(*)")
    )
    if ask.kind == "how_much" and measure is not None:
        cols = [column(measure[0], c.name) for c in [*label_columns(measure[0]), measure[1]]]
        return (pgsql.SQL("SELECT ") + pgsql.SQL(", ").join(cols) + source + where_sql).as_string()
    value: pgsql.Composable = counted
    name = "count"
    if ask.kind == "agg" and measure is not None:
        value = pgsql.SQL(ask.fn + "({})").format(column(measure[0], measure[1].name))
        name = f"{ask.fn}_{measure[1].name}"
    if group is None and ask.kind in ("count", "agg"):
        return (
            pgsql.SQL("SELECT {} AS {}").format(value, pgsql.Identifier(name)) + source + where_sql
        ).as_string()
    if group is not None:
        table, col = group
        keys = (
            [column(table, c) for c in table.primary_key]
            if col is None
            else [column(table, col.name)]
        )
        labels = label_columns(table) if col is None else []
        shown: list[pgsql.Composable] = [*keys, *(column(table, c.name) for c in labels)]
        direction = " DESC" if ask.descending else " ASC"
        order = (
            pgsql.SQL(" ORDER BY {}" + direction + ", {}").format(pgsql.Identifier(name), keys[0])
            if ask.kind in ("count", "most")
            else pgsql.SQL(" ORDER BY {}").format(keys[0])
        )
        query = (
            pgsql.SQL("SELECT ")
            + pgsql.SQL(", ").join(
                [*shown, pgsql.SQL("{} AS {}").format(value, pgsql.Identifier(name))]
            )
            + source
            + where_sql
            + pgsql.SQL(" GROUP BY ")
            + pgsql.SQL(", ").join(shown)
            + order
        )
        if ask.limit is not None:
            query += pgsql.SQL(" LIMIT {}").format(pgsql.Literal(ask.limit))
        return query.as_string()
    return _listing(ask, base, repeats, source, where_sql, tokens)


def _listing(
    ask: Ask,
    base: Table,
    repeats: bool,
    source: pgsql.Composable,
    where_sql: pgsql.Composable,
    tokens: list[str],
) -> str:
    query = pgsql.SQL("SELECT " + ("DISTINCT " if repeats else "") + "{}.*").format(ident(base))
    query += source + where_sql
    limit = ask.limit
    adjective = next((t for t in tokens if t in ADJECTIVES), None)
    if adjective is not None:
        hints, descending = ADJECTIVES[adjective]
        dated = [c for c in base.columns if c.type.startswith(("timestamp", "date"))]
        cols = [c for h in hints for c in base.columns if c.name == h] if hints else dated
        ids = set(base.primary_key) | {c for fk in base.foreign_keys for c in fk.columns}
        cols = cols or [
            c
            for c in base.columns
            if is_numeric(c) and c.name not in ids and any(names_word(c.name, t) for t in tokens)
        ]  # "the most expensive film to replace" → replacement_cost
        if not cols:
            raise NotUnderstood(f"which column of {base.name} makes it {adjective}?")
        if cols:
            direction = " DESC NULLS LAST" if descending else " ASC"
            keys: list[pgsql.Composable] = [
                pgsql.SQL("{}" + direction).format(column(base, cols[0].name))
            ]
            keys += [column(base, k) for k in base.primary_key]
            query += pgsql.SQL(" ORDER BY ") + pgsql.SQL(", ").join(keys)
            naming = [t for t in tokens if t in variants(base.name.lower())]
            singular = bool(naming) and not naming[0].endswith("s")
            limit = limit or (1 if singular else 10)
    if limit is not None:
        query += pgsql.SQL(" LIMIT {}").format(pgsql.Literal(limit))
    return query.as_string()
