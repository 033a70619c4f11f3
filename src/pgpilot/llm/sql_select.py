"""The SELECT of a plain question: the measured column, the group, counts and listings."""

from psycopg import sql as pgsql

from pgpilot.llm.sql_columns import date_column, headed, label_columns, numeric_column
from pgpilot.llm.sql_filters import hinted
from pgpilot.llm.sql_flag_leads import flag_word
from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_names import ADJECTIVES, NotUnderstood, is_numeric, variants
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_sort import sort_column
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_synonyms import commented_column
from pgpilot.llm.sql_words import place, words
from pgpilot.sql.schema import Column, Table


def measure(
    ask: Ask, plain: list[tuple[Table, Column]], subject: Table, tables: list[Table]
) -> tuple[Table, Column] | None:
    if ask.kind == "how_much":
        found = numeric_column(ask.who, [subject, *tables])
        if found is None:
            raise NotUnderstood(f"no number called {ask.who!r}")
        return found
    if ask.kind == "count" and ask.distinct:
        return plain[0] if plain else None
    if ask.kind != "agg" and not (ask.kind == "most" and ask.fn):
        return None
    numbers = [(t, c) for t, c in plain if is_numeric(c) and not c.name.endswith("id")]
    if numbers:  # "bottle price": the head noun, said last, is the number
        return numbers[-1]
    chosen = [t for t in tables if t.qualified == ask.who]
    names = {t.name.lower() for t in tables}
    hints = [w for w in words(ask.text) if not variants(w) & names]  # "pay", not "customers"
    for word in hints:  # "average hours": a number only part of a column's name says
        if (found := numeric_column(word, [subject, *tables], direct=True)) is not None:
            return found
    hinted_by = [t for t in tables if any(names_word(t.name, w) for w in hints)]
    for table in [*chosen, subject, *hinted_by, *tables]:  # "how much did … pay": payments
        try:
            return hinted(table, "large")
        except NotUnderstood:
            continue
    raise NotUnderstood("which number should I aggregate?")


def group_of(
    ask: Ask,
    named: list[Table],
    plain: list[tuple[Table, Column]],
    base: Table,
    tables: list[Table],
) -> tuple[Table, Column | None] | None:
    phrase = ask.group or (ask.who if ask.kind == "most" else None)
    if phrase is None or (ask.period and not ask.group):
        return None
    placed = place(phrase, tables, None)
    if placed.columns:
        return placed.columns[-1]
    if placed.tables and placed.tables[-1] is base and ask.kind == "agg":
        return None  # "average number of credits per course": over the rows themselves
    if placed.tables:
        return placed.tables[-1], None
    raise NotUnderstood(f"cannot group by {phrase!r}")


def select(
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
    if ask.kind in ("agg", "most") and ask.fn and measure is not None:
        value = pgsql.SQL(ask.fn + "({})").format(column(measure[0], measure[1].name))
        name = f"{ask.fn}_{measure[1].name}"
    if ask.kind == "count" and ask.distinct and measure is not None:
        value = pgsql.SQL("count(DISTINCT {})").format(column(measure[0], measure[1].name))
    if ask.period:
        return _per_period(ask, base, value, name, source, where_sql, tokens)
    if group is None and ask.kind in ("count", "agg"):
        if ask.kind == "agg" and repeats and base.primary_key:
            source, where_sql = _each_row_once(base, source, where_sql)
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
        direction = " DESC NULLS LAST" if ask.descending else " ASC"
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
    return listing(ask, base, repeats, source, where_sql, tokens)


def _per_period(
    ask: Ask,
    base: Table,
    value: pgsql.Composable,
    name: str,
    source: pgsql.Composable,
    where_sql: pgsql.Composable,
    tokens: list[str],
) -> str:
    """ "orders per month": the value grouped by the base's date column, truncated."""
    dated_column = date_column(base, tokens)
    dated = column(base, dated_column.name)
    period: pgsql.Composable = pgsql.SQL("date_trunc({}, {})").format(
        pgsql.Literal(ask.period), dated
    )
    if ask.period == "day":  # "downloads per day": the days themselves, as dates
        date = dated_column.type.lower() == "date"
        period = dated if date else pgsql.SQL("CAST({} AS date)").format(dated)
    query = pgsql.SQL("SELECT {} AS {}, {} AS {}").format(
        period, pgsql.Identifier(ask.period), value, pgsql.Identifier(name)
    )
    query += source + where_sql + pgsql.SQL(" GROUP BY 1")
    if ask.kind != "most":
        return (query + pgsql.SQL(" ORDER BY 1")).as_string()
    direction = " DESC NULLS LAST" if ask.descending else " ASC"
    order = pgsql.SQL(" ORDER BY 2" + direction + ", 1 LIMIT {}").format(
        pgsql.Literal(ask.limit or 1)
    )
    return (query + order).as_string()


def _each_row_once(
    base: Table, source: pgsql.Composable, where_sql: pgsql.Composable
) -> tuple[pgsql.Composable, pgsql.Composable]:
    """FROM and WHERE that keep each measured row once, however many joined rows match it.

    Joining a parent to its children repeats the parent (an appointment with 3 prescriptions
    would add its fee 3 times), so the joins only choose the keys and the sum is taken over the
    parent's own rows.
    """
    keys = pgsql.SQL(", ").join(column(base, k) for k in base.primary_key)
    chosen = pgsql.SQL("SELECT ") + keys + source + where_sql
    return pgsql.SQL(" FROM {}").format(ident(base)), pgsql.SQL(" WHERE ({}) IN (").format(
        keys
    ) + chosen + pgsql.SQL(")")


def listing(
    ask: Ask,
    base: Table,
    repeats: bool,
    source: pgsql.Composable,
    where_sql: pgsql.Composable,
    tokens: list[str],
) -> str:
    shown = pgsql.SQL(", ").join(column(base, c.name) for c in _shown(ask, base))
    everything = pgsql.SQL("{}.*").format(ident(base))
    query = pgsql.SQL("SELECT " + ("DISTINCT " if repeats or ask.distinct else "")) + (
        shown if ask.columns else everything
    )
    query += source + where_sql
    limit = ask.limit
    adjective = next(
        (t for t in tokens if t in ADJECTIVES and not flag_word(t, base, tokens)), None
    )
    sort = sort_column(ask, base, adjective, tokens)
    if sort is not None:
        key, descending = sort
        direction = " DESC NULLS LAST" if descending else " ASC"
        keys: list[pgsql.Composable] = [pgsql.SQL("{}" + direction).format(key)]
        keys += [column(base, k) for k in base.primary_key]
        query += pgsql.SQL(" ORDER BY ") + pgsql.SQL(", ").join(keys)
        if not ask.order or limit is not None:  # "ordered by fee": every row, sorted
            limit = limit or (1 if _singular(base, adjective, tokens) else 10)
    if limit is not None:
        query += pgsql.SQL(" LIMIT {}").format(pgsql.Literal(limit))
    return query.as_string()


def _shown(ask: Ask, base: Table) -> list[Column]:
    """The columns asked for ("names", "birth dates", "email"), after the row's readable label."""
    labels = [] if ask.alone else label_columns(base)
    shown = [c for c in labels if c.name not in base.primary_key]
    for phrase in ask.columns:
        if phrase.lower() in ("name", "names"):
            continue
        wanted = variants(phrase.lower().replace(" ", "_"))
        found = [c for c in base.columns if c.name.lower() in wanted] or [
            c for c in base.columns if all(names_word(c.name, w) for w in words(phrase))
        ]
        if not found and (said := commented_column(words(phrase)[-1], [base])) is not None:
            found = [said[1]]  # "capacity": the one column whose comment says so (dock_count)
        if not found and (head := headed(base, phrase)) is not None:
            found = [head]  # "the fundraising goal": goal_amount
        if not found:
            raise NotUnderstood(f"no column of {base.name} called {phrase!r}")
        shown += [found[0]] if found[0] not in shown else []
    return shown


def _singular(base: Table, adjective: str | None, tokens: list[str]) -> bool:
    """ "the cheapest product", "the cheapest tablet": one row; "the cheapest products": ten."""
    # "the longest-serving sales rep": the table's last word says how many (sales_reps).
    nouns = variants(base.name.lower()) | variants(base.name.lower().rsplit("_", 1)[-1])
    naming = [t for t in tokens if t in nouns]
    if not naming and adjective in tokens and tokens.index(adjective) + 1 < len(tokens):
        naming = [tokens[tokens.index(adjective) + 1]]
    word = naming[0] if naming else ""
    return bool(word) and not (word.endswith("s") and not word.endswith(("ss", "us", "is")))
