"""The counters a dry run reads: only those of the relations the statement can write.

A write changes the tables it names, their partitions and inheritance children, and the tables
its foreign keys reach by ON DELETE / ON UPDATE CASCADE, SET NULL or SET DEFAULT (internal
RI triggers, followed transitively). Anything else that could write elsewhere makes the scope
unbounded and every counter is read, as before: a name that does not resolve, a view, a rule,
or any trigger that is not a foreign-key check or action. Sequences are likewise those the
scope's columns own or default to, or all of them when a default or constraint anywhere calls
a user-defined function (it could call nextval).

The scope is read before the write and again after it, while the write holds its locks; if
the two differ (DDL committed in between), the dry run is not trusted. Each read of it brings
the scope's counters with it (SCOPED_COUNTERS_SQL), so the whole dry run needs no answer
before it is sent: one round trip.
"""

from typing import Final

# Foreign-key actions that write the referencing table (tgconstrrelid of the trigger).
_ACTIONS: Final = ", ".join(
    f"'pg_catalog.\"RI_FKey_{action}\"'"
    for action in (
        "cascade_del",
        "cascade_upd",
        "setnull_del",
        "setnull_upd",
        "setdefault_del",
        "setdefault_upd",
    )
)
# Internal triggers that only read: foreign-key checks, NO ACTION / RESTRICT, deferred unique.
_READERS: Final = ", ".join(
    f"'pg_catalog.\"{name}\"'"
    for name in (
        "RI_FKey_check_ins",
        "RI_FKey_check_upd",
        "RI_FKey_noaction_del",
        "RI_FKey_noaction_upd",
        "RI_FKey_restrict_del",
        "RI_FKey_restrict_upd",
        "unique_key_recheck",
    )
)
FIRST_USER_OID: Final = 16384  # FirstNormalObjectId: below it, objects come with PostgreSQL

_SCOPE_CTES: Final = f"""
WITH RECURSIVE named(oid) AS (
  SELECT coalesce(
           to_regclass(array_to_string(
             ARRAY(SELECT quote_ident(part) FROM unnest(string_to_array(name, '.')) AS part),
             '.')),
           to_regclass(name))::oid
  FROM unnest(%(names)s::text[]) AS name
), reach(oid) AS (
  SELECT oid FROM named WHERE oid IS NOT NULL
  UNION
  SELECT step.oid FROM reach CROSS JOIN LATERAL (
    SELECT t.tgconstrrelid FROM pg_trigger t
    WHERE t.tgrelid = reach.oid AND t.tgfoid = ANY(ARRAY[{_ACTIONS}]::regproc[])
    UNION ALL
    SELECT i.inhrelid FROM pg_inherits i WHERE i.inhparent = reach.oid
  ) AS step(oid)
), scope AS (
  SELECT CASE WHEN EXISTS (SELECT FROM named WHERE oid IS NULL)
                OR EXISTS (SELECT FROM reach JOIN pg_class c ON c.oid = reach.oid
                           WHERE c.relkind NOT IN ('r', 'p', 'm', 'f', 't'))
                OR EXISTS (SELECT FROM reach JOIN pg_rewrite w ON w.ev_class = reach.oid)
                OR EXISTS (SELECT FROM reach JOIN pg_trigger t ON t.tgrelid = reach.oid
                           WHERE t.tgfoid <> ALL(ARRAY[{_ACTIONS}, {_READERS}]::regproc[]))
              THEN NULL ELSE (SELECT array_agg(oid ORDER BY oid) FROM reach) END AS tables
), sequences AS (
  SELECT CASE WHEN scope.tables IS NULL OR EXISTS (
                SELECT FROM pg_depend d
                WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid >= {FIRST_USER_OID}
                  AND d.classid IN ('pg_attrdef'::regclass, 'pg_constraint'::regclass))
              THEN NULL
              ELSE ARRAY(SELECT d.objid FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass
                           AND d.refclassid = 'pg_class'::regclass
                           AND d.refobjid = ANY(scope.tables) AND d.deptype IN ('a', 'i')
                         UNION
                         SELECT d.refobjid FROM pg_attrdef a
                         JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass
                           AND d.objid = a.oid AND d.refclassid = 'pg_class'::regclass
                         WHERE a.adrelid = ANY(scope.tables))
         END AS oids
  FROM scope
)
"""
# One JSON array: the scope's tables and sequences (oids; null: unbounded), then the counters of
# those tables and sequences (of every one when unbounded).
SCOPED_COUNTERS_SQL: Final = (
    _SCOPE_CTES
    + """
SELECT json_build_array(
  scope.tables,
  sequences.oids,
  (SELECT coalesce(json_object_agg(n.nspname || '.' || c.relname,
             json_build_array(pg_stat_get_xact_tuples_inserted(c.oid),
                              pg_stat_get_xact_tuples_updated(c.oid),
                              pg_stat_get_xact_tuples_deleted(c.oid))), '{}')
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.oid = ANY(coalesce(scope.tables,
                              ARRAY(SELECT oid FROM pg_class
                                    WHERE relkind IN ('r', 't', 'm', 'p'))))
     AND c.relkind IN ('r', 't', 'm', 'p')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'),
  (SELECT coalesce(json_object_agg(n.nspname || '.' || c.relname,
             CASE WHEN has_sequence_privilege(c.oid, 'SELECT,USAGE')
                  THEN pg_sequence_last_value(c.oid) END), '{}')
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.oid = ANY(coalesce(sequences.oids, ARRAY(SELECT seqrelid FROM pg_sequence)))
     AND c.relkind = 'S' AND NOT pg_is_other_temp_schema(n.oid)))
FROM scope, sequences
"""
)
