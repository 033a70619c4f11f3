"""Values found in a target's data: what a word such as "Spain" or "cancelled" may be.

Read once per schema load, bounded by settings, through the guarded read path: the
`most_common_vals` of `pg_stats`, enum labels, and a capped sample of distinct values of short
text columns of base tables. Matching ignores case, accents, spaces and underscores.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Final

from psycopg import sql as pgsql
from psycopg_pool import AsyncConnectionPool

from pgpilot.settings import Settings
from pgpilot.sql.execute import Limits, execute_read
from pgpilot.sql.schema import Table

TEXT_TYPES: Final = ("text", "character varying", "character", "citext", "varchar", "name")
STATS_SQL: Final = """
SELECT schemaname || '.' || tablename, attname,
       (most_common_vals::text::text[])[1:{per}], n_distinct, avg_width
FROM pg_stats WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
"""
ENUMS_SQL: Final = """
SELECT n.nspname || '.' || c.relname, a.attname,
       (array_agg(e.enumlabel::text ORDER BY e.enumsortorder))[1:{per}]
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_enum e ON e.enumtypid = a.atttypid
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
GROUP BY 1, 2
"""
CLOSE: Final = 0.85
MIN_FUZZY: Final = 5
# A question's words as the planner reads them: "24M" is two, the number and its letter.
TOKEN: Final = re.compile(r"\d+(?:\.\d+)?|[^\W_]+")


@dataclass(frozen=True, slots=True)
class GroundingLimits:
    """What reading a target's values may cost (settings `grounding_*`)."""

    values_per_column: int = 100
    sample_rows: int = 10_000
    sample_columns: int = 200
    text_width: int = 40

    @classmethod
    def from_settings(cls, settings: Settings) -> "GroundingLimits":
        """The limits configured for this process."""
        return cls(
            values_per_column=settings.grounding_values_per_column,
            sample_rows=settings.grounding_sample_rows,
            sample_columns=settings.grounding_sample_columns,
            text_width=settings.grounding_text_width,
        )


@dataclass(frozen=True, slots=True)
class Hit:
    """A value as stored, and where: table (schema.name) and column."""

    table: str
    column: str
    value: str


@dataclass(frozen=True, slots=True)
class Values:
    """Known values of a target's text columns, by their normalized spelling."""

    by_key: dict[str, tuple[Hit, ...]] = field(default_factory=dict)
    longest: int = 0  # words in the longest value, so matching tries no longer phrases
    # Close spellings share a first letter and a length within two: keys by (letter, length).
    buckets: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)
    # (table, column) whose values are known only in part: what a question's probe may read.
    partial: frozenset[tuple[str, str]] = frozenset()

    def find(self, phrase: str, *, fuzzy: bool = True) -> tuple[Hit, ...]:
        """Where a phrase occurs as a whole value; close spellings when nothing is exact."""
        wanted = normalized(phrase)
        if found := self.by_key.get(wanted):
            return found
        if not fuzzy or len(wanted) < MIN_FUZZY:
            return ()
        # A close spelling keeps the numbers said: "in 2024" is not 'INV-24024', "Fix 24M" not
        # 'Fix 12M'.
        digits = re.sub(r"\D", "", wanted)
        near = [k for k in self._near(wanted) if re.sub(r"\D", "", k) == digits]
        close = get_close_matches(wanted, near, n=1, cutoff=CLOSE)
        return self.by_key[close[0]] if close else ()

    def _near(self, wanted: str) -> list[str]:
        # Close spellings share a first letter and a length within two: a short list to compare.
        first, size = wanted[:1], len(wanted)
        return [k for n in range(size - 2, size + 3) for k in self.buckets.get((first, n), ())]


def to_json(values: Values) -> list[list[str]]:
    """The values as [table, column, value] rows, for a shared cache; `from_json` reverses it.

    A column known only in part comes first as a [table, column] row."""
    partial = [[table, column] for table, column in sorted(values.partial)]
    return partial + [[h.table, h.column, h.value] for hits in values.by_key.values() for h in hits]


def from_json(rows: list[list[str]]) -> Values:
    """The values `to_json` wrote, indexed again."""
    found: dict[tuple[str, str], list[str]] = {}
    partial: set[tuple[str, str]] = set()
    for row in rows:
        if len(row) == 2:
            partial.add((row[0], row[1]))
        else:
            found.setdefault((row[0], row[1]), []).append(row[2])
    return index(found, partial=partial)


def normalized(text: str) -> str:
    """Lower case, no accents, single spaces between words (`Bank_Transfer` → bank transfer)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


def index(
    found: dict[tuple[str, str], list[str]], *, partial: set[tuple[str, str]] | None = None
) -> Values:
    """The index of values by (table, column); `partial` names columns known only in part."""
    by_key: dict[str, list[Hit]] = {}
    for (table, column), values in found.items():
        for value in values:
            key = normalized(value)
            hits = by_key.setdefault(key, [])
            if key and all(h.table != table or h.column != column for h in hits):
                hits.append(Hit(table, column, value))
    longest = max((_words(k) for k in by_key), default=0)
    buckets: dict[tuple[str, int], list[str]] = {}
    for key in by_key:
        if key:
            buckets.setdefault((key[0], len(key)), []).append(key)
    return Values(
        {k: tuple(v) for k, v in by_key.items() if v},
        longest,
        {k: tuple(v) for k, v in buckets.items()},
        frozenset(partial or ()),
    )


def with_found(values: Values, found: dict[tuple[str, str], list[str]]) -> Values:
    """A copy of the values with more found (one question's look-up); the original is kept."""
    by_key = dict(values.by_key)
    buckets = dict(values.buckets)
    longest = values.longest
    for (table, column), spelled in found.items():
        for value in spelled:
            key = normalized(value)
            hits = by_key.get(key, ())
            if not key or any(h.table == table and h.column == column for h in hits):
                continue
            if not hits:
                bucket = (key[0], len(key))
                buckets[bucket] = (*buckets.get(bucket, ()), key)
            by_key[key] = (*hits, Hit(table, column, value))
            longest = max(longest, _words(key))
    return Values(by_key, longest, buckets, values.partial)


def _words(key: str) -> int:
    """How many words a question says a value in: 'green fix 24m electricity' is five."""
    return len(TOKEN.findall(key))


async def load_values(
    pool: AsyncConnectionPool, tables: dict[str, Table], *, limits: Limits, bounds: GroundingLimits
) -> Values:
    """The target's known values: pg_stats, enum labels, then samples of short text columns."""
    per = bounds.values_per_column
    texts = {
        (name, column.name)
        for name, table in tables.items()
        if table.kind in ("table", "partitioned table")
        for column in table.columns
        if column.type.lower().startswith(TEXT_TYPES)
    }
    found: dict[tuple[str, str], list[str]] = {}
    complete: set[tuple[str, str]] = set()
    wide: set[tuple[str, str]] = set()
    stats = await _read(pool, STATS_SQL.format(per=int(per)), limits)
    for table, column, common, distinct, width in stats:
        where = (str(table), str(column))
        if where not in texts:
            continue
        if isinstance(common, list) and common:
            found[where] = [str(v) for v in common]
            if isinstance(distinct, int | float) and 0 < distinct <= len(common):
                complete.add(where)
        if isinstance(width, int) and width > bounds.text_width:
            wide.add(where)
    for table, column, labels in await _read(pool, ENUMS_SQL.format(per=int(per)), limits):
        if isinstance(labels, list):
            found[(str(table), str(column))] = [str(v) for v in labels]
            complete.add((str(table), str(column)))
    unsure = sorted(texts - complete - wide)
    sampled = unsure[: bounds.sample_columns]
    partial = set(unsure[bounds.sample_columns :])
    for table, column in sampled:
        found[(table, column)] = await _sample(pool, tables[table], column, limits, bounds)
        if len(found[(table, column)]) >= per or _bigger(tables[table], bounds):
            partial.add((table, column))
    return index(found, partial=partial)


def _bigger(table: Table, bounds: GroundingLimits) -> bool:
    """More rows than a sample reads (by the estimate): its values were seen in part."""
    return (table.row_estimate or 0) > bounds.sample_rows


async def _sample(
    pool: AsyncConnectionPool, table: Table, column: str, limits: Limits, bounds: GroundingLimits
) -> list[str]:
    """Distinct values among the first `sample_rows` rows: bounded, whatever the table's size."""
    query = pgsql.SQL(
        "SELECT DISTINCT c FROM (SELECT {col} AS c FROM {table} WHERE {col} IS NOT NULL "
        "LIMIT {rows}) s ORDER BY c LIMIT {per}"
    ).format(
        col=pgsql.Identifier(column),
        table=pgsql.Identifier(table.schema, table.name),
        rows=pgsql.Literal(bounds.sample_rows),
        per=pgsql.Literal(bounds.values_per_column),
    )
    rows = await _read(pool, query.as_string(), limits)
    return [str(row[0]) for row in rows]


async def _read(pool: AsyncConnectionPool, query: str, limits: Limits) -> list[list[object]]:
    result = await execute_read(pool, query, statement_type="SELECT", limits=limits)
    return [list(row) for row in result.rows]
