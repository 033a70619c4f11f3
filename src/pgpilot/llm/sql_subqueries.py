"""The SQL of rows judged by their children: NOT EXISTS, a count compared, or a key present.

"authors with no books": NOT EXISTS (SELECT 1 FROM books WHERE books.author_id = authors.id);
"customers with more than 3 orders": (SELECT count(*) FROM orders WHERE …) > 3; "with a
mentor": mentor_id IS NOT NULL. The filters come from `sql_exists.take_children`.
"""

from psycopg import sql as pgsql

from pgpilot.llm.sql_exists import child_path
from pgpilot.llm.sql_joins import column, ident
from pgpilot.llm.sql_names import NotUnderstood
from pgpilot.sql.schema import Table


def child_condition(kind: str, word: str, value: str, tables: list[Table]) -> pgsql.Composable:
    """NOT EXISTS, or a count compared, over the subject's rows in a child table."""
    by_name = {t.qualified: t for t in tables}
    if kind in ("present", "missing"):  # "with a mentor": mentor_id IS NOT NULL
        name, col = word.split("|")
        test = "{} IS NOT NULL" if kind == "present" else "{} IS NULL"
        return pgsql.SQL(test).format(column(by_name[name], col))
    names, said = word.split("|")[:2], frozenset(word.split("|")[2].split())
    subject, child = (by_name[name] for name in names)
    steps = child_path(subject, child, tables, said)
    if steps is None:
        raise NotUnderstood(f"no table holds rows of {subject.name} in {child.name}")
    first = steps[0]
    source: pgsql.Composable = pgsql.SQL(" FROM {}").format(ident(first.target))
    for step in steps[1:]:
        on = pgsql.SQL(" AND ").join(
            pgsql.SQL("{} = {}").format(column(step.source, a), column(step.target, b))
            for a, b in zip(step.source_columns, step.target_columns, strict=True)
        )
        source += pgsql.SQL(" JOIN {} ON {}").format(ident(step.target), on)
    link = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(first.target, b), column(subject, a))
        for a, b in zip(first.source_columns, first.target_columns, strict=True)
    )
    if kind == "absent":
        return pgsql.SQL("NOT EXISTS (SELECT 1{} WHERE {})").format(source, link)
    op, number = value.split("|")
    return pgsql.SQL("(SELECT count(*){} WHERE {}) " + op + " {}").format(
        source, link, pgsql.Literal(int(number))
    )
