"""The SQL guard's classifier, statement by statement."""

import dataclasses

import pytest

from pgpilot.sql.classify import classify
from pgpilot.sql.functions import (
    FORBIDDEN_FUNCTIONS,
    HARMLESS_VOLATILE,
    SAFE_FUNCTIONS,
    WRITE_FUNCTIONS,
    forbidden_reason,
)
from pgpilot.sql.verdict import Kind, Verdict

P = pytest.param

READS = [
    P("SELECT 1", id="select-constant"),
    P("select id, lower(name) from public.users where id = 1", id="select-where"),
    P("TABLE t", id="table-shorthand"),
    P("VALUES (1, 'a'), (2, 'b')", id="values"),
    P("SHOW search_path", id="show"),
    P("SHOW ALL", id="show-all"),
    P("WITH a AS (SELECT 1 AS x) SELECT x FROM a", id="cte"),
    P(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) "
        "SELECT sum(n) FROM r",
        id="recursive-cte",
    ),
    P("SELECT a, count(*) FROM t GROUP BY a HAVING count(*) > 1", id="group-having"),
    P(
        "SELECT row_number() OVER (PARTITION BY a ORDER BY b), lag(b) OVER w FROM t "
        "WINDOW w AS (ORDER BY b)",
        id="window-functions",
    ),
    P("SELECT * FROM generate_series(1, 10) AS g(n)", id="function-in-from"),
    P("SELECT * FROM t, LATERAL unnest(t.tags) AS u(tag)", id="lateral-unnest"),
    P("SELECT date_trunc('day', now()), to_char(now(), 'YYYY-MM')", id="date-functions"),
    P("SELECT jsonb_build_object('a', 1) -> 'a', jsonb_agg(t) FROM t", id="json-functions"),
    P("SELECT CASE WHEN a > 1 THEN 'x' ELSE upper(b) END FROM t", id="case"),
    P("SELECT coalesce(a, 0), greatest(a, b), nullif(a, b) FROM t", id="coalesce-likes"),
    P("SELECT current_date, current_user, extract(year FROM now())", id="sql-syntax-functions"),
    P("SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1 LIMIT 5", id="union"),
    P("SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE u.x = t.x)", id="subquery"),
    P("SELECT pg_catalog.lower('A'), pg_typeof(1), version()", id="qualified-safe"),
    P("SELECT current_setting('search_path')", id="current-setting"),
    P("SELECT '; DROP TABLE t' AS x", id="semicolon-in-literal"),
    P("SELECT $$;DROP TABLE t;$$", id="semicolon-in-dollar-quote"),
    P("/* hello */ SELECT 1 -- bye", id="comments"),
    P("SELECT 1;", id="trailing-semicolon"),
    P("EXPLAIN SELECT * FROM t", id="explain-select"),
    P("EXPLAIN ANALYZE SELECT * FROM t", id="explain-analyze-select"),
    P("EXPLAIN DELETE FROM t", id="explain-delete-plans-only"),
    P("EXPLAIN (ANALYZE off) DELETE FROM t", id="explain-analyze-off"),
    P("EXPLAIN (ANALYZE false, COSTS off) UPDATE t SET a = 1", id="explain-analyze-false"),
    P("EXPLAIN (ANALYZE 0) INSERT INTO t VALUES (1)", id="explain-analyze-zero"),
    P("EXPLAIN SELECT * FROM t FOR UPDATE", id="explain-locking-plans-only"),
    P("EXPLAIN SELECT nextval('s')", id="explain-nextval-plans-only"),
    P("SELECT random(), random(1, 6)", id="harmless-volatile-random"),
    P("SELECT clock_timestamp(), timeofday()", id="harmless-volatile-clock"),
    P("SELECT gen_random_uuid()", id="harmless-volatile-uuid"),
    P("SELECT currval('s'), lastval()", id="harmless-volatile-currval"),
    P("SELECT pg_database_size(current_database())", id="harmless-volatile-database-size"),
    P(
        "SELECT pg_total_relation_size('t'), pg_relation_size('t'), pg_table_size('t')",
        id="harmless-volatile-relation-size",
    ),
    P("SELECT txid_current_snapshot(), pg_current_snapshot()", id="harmless-snapshot"),
    P("SELECT * FROM public.pg_authid", id="user-table-named-like-a-catalog"),
    P("SELECT rolname, rolsuper FROM pg_roles", id="pg-roles-has-no-password"),
    P("SELECT count(*) FROM pg_largeobject_metadata", id="large-object-owners"),
]
WRITES = [
    P("INSERT INTO t VALUES (1)", id="insert"),
    P("INSERT INTO t SELECT * FROM u", id="insert-select"),
    P("INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = excluded.a", id="upsert"),
    P("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING", id="insert-do-nothing"),
    P("UPDATE t SET a = 1 WHERE id = 2", id="update"),
    P("UPDATE t SET a = s.a FROM s WHERE t.id = s.id", id="update-from"),
    P("DELETE FROM t WHERE id = 1", id="delete"),
    P("DELETE FROM t USING s WHERE t.id = s.id", id="delete-using"),
    P("DELETE FROM t", id="delete-everything"),
    P(
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a "
        "WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.a)",
        id="merge",
    ),
    P("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", id="writable-cte-delete"),
    P("WITH x AS (UPDATE t SET a = 1 RETURNING *) SELECT count(*) FROM x", id="cte-update"),
    P("WITH i AS (INSERT INTO t VALUES (1) RETURNING id) SELECT id FROM i", id="cte-insert"),
    P("SELECT * FROM t FOR UPDATE", id="for-update"),
    P("SELECT * FROM t FOR SHARE", id="for-share"),
    P("SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED", id="for-no-key-update"),
    P("SELECT * FROM t FOR KEY SHARE NOWAIT", id="for-key-share"),
    P("SELECT * FROM (SELECT * FROM t FOR UPDATE) AS s", id="nested-for-update"),
    P("SELECT nextval('s')", id="nextval"),
    P("SELECT * FROM t WHERE id = (SELECT nextval('s'))", id="nextval-in-subquery"),
    P("SELECT setval('s', 10)", id="setval"),
    P("SELECT txid_current()", id="txid-current"),
    P("SELECT pg_catalog.pg_current_xact_id()", id="current-xact-id"),
    P("INSERT INTO t VALUES (nextval('s'))", id="insert-nextval"),
    P("EXPLAIN ANALYZE DELETE FROM t", id="explain-analyze-delete"),
    P("EXPLAIN (ANALYZE true, FORMAT JSON) DELETE FROM t", id="explain-analyze-true-json"),
    P("EXPLAIN (ANALYZE, BUFFERS) UPDATE t SET a = 1", id="explain-analyze-buffers"),
    P("EXPLAIN (ANALYZE 1) INSERT INTO t VALUES (1)", id="explain-analyze-one"),
    P("EXPLAIN (ANALYSE) DELETE FROM t", id="explain-analyse-british"),
    P("EXPLAIN (ANALYZE on) SELECT * FROM t FOR UPDATE", id="explain-analyze-locking"),
    P("SELECT my_func(1)", id="unknown-function"),
    P("SELECT * FROM my_schema.my_srf()", id="unknown-function-in-from"),
    P("EXPLAIN SELECT my_func()", id="explain-unknown-function"),
    P("SELECT random_string()", id="unknown-user-function"),
    P("UPDATE public.pg_stats_cache SET n = 0", id="qualified-pg-named-user-table"),
]
DDL = [
    P("CREATE TABLE t (id int PRIMARY KEY, a text DEFAULT lower('X'))", id="create-table"),
    P("CREATE TEMP TABLE t (a int)", id="create-temp-table"),
    P("CREATE TABLE t AS SELECT * FROM u", id="create-table-as"),
    P("SELECT * INTO newt FROM t", id="select-into"),
    P("CREATE MATERIALIZED VIEW v AS SELECT 1", id="create-matview"),
    P("REFRESH MATERIALIZED VIEW CONCURRENTLY v", id="refresh-matview"),
    P("CREATE OR REPLACE VIEW v AS SELECT * FROM t", id="create-view"),
    P("ALTER TABLE t ADD COLUMN b int", id="alter-table"),
    P("ALTER TABLE t RENAME TO u", id="rename-table"),
    P("ALTER TABLE t RENAME COLUMN a TO b", id="rename-column"),
    P("ALTER TABLE t SET SCHEMA s", id="set-schema"),
    P("ALTER INDEX i RENAME TO j", id="rename-index"),
    P("DROP TABLE IF EXISTS a.t, b CASCADE", id="drop-table-cascade"),
    P("DROP VIEW v", id="drop-view"),
    P("DROP INDEX CONCURRENTLY i", id="drop-index"),
    P("CREATE INDEX CONCURRENTLY i ON t (a)", id="create-index-concurrently"),
    P("CREATE UNIQUE INDEX i ON t (lower(a))", id="create-expression-index"),
    P("CREATE SEQUENCE s", id="create-sequence"),
    P("ALTER SEQUENCE s RESTART", id="alter-sequence"),
    P("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$", id="function"),
    P("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END", id="atomic"),
    P("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1", id="function-return"),
    P("CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN END $$", id="create-procedure"),
    P("DROP FUNCTION f()", id="drop-function"),
    P("ALTER FUNCTION f() SET search_path = public", id="alter-function"),
    P("CREATE TRIGGER g BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()", id="trigger"),
    P("DROP TRIGGER g ON t", id="drop-trigger"),
    P("CREATE TYPE mood AS ENUM ('sad', 'ok')", id="create-enum"),
    P("CREATE TYPE pair AS (a int, b int)", id="create-composite-type"),
    P("ALTER TYPE mood ADD VALUE 'happy'", id="alter-enum"),
    P("ALTER TYPE pair RENAME ATTRIBUTE a TO b", id="rename-attribute"),
    P("CREATE DOMAIN posint AS int CHECK (VALUE > 0)", id="create-domain"),
    P("CREATE SCHEMA s", id="create-schema"),
    P("CREATE SCHEMA s CREATE TABLE t (a int) CREATE VIEW v AS SELECT 1", id="schema-elements"),
    P("DROP SCHEMA s CASCADE", id="drop-schema"),
    P("TRUNCATE t", id="truncate"),
    P("TRUNCATE a, b RESTART IDENTITY CASCADE", id="truncate-many"),
    P("COMMENT ON TABLE t IS 'x'", id="comment-table"),
    P("COMMENT ON COLUMN t.a IS 'x'", id="comment-column"),
    P("CREATE AGGREGATE agg (int) (SFUNC = int4pl, STYPE = int)", id="create-aggregate"),
    P("EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1", id="explain-analyze-ctas"),
]
FORBIDDEN = [
    P("", id="empty"),
    P("  \n\t ", id="whitespace"),
    P("-- only a comment", id="comment-only"),
    P(";", id="bare-semicolon"),
    P("SELEC 1", id="unparseable"),
    P("SELECT 1; SELECT 2", id="two-selects"),
    P("SELECT 1; COMMIT; DROP SCHEMA public CASCADE", id="stacked-commit-drop"),
    P("COMMIT; SELECT 1", id="commit-first"),
    P("SELECT 1 /* ; */ ; DROP TABLE t", id="comment-hides-second-statement"),
    P("SELECT 1 -- ;\n; DROP TABLE t", id="line-comment-then-statement"),
    P("SELECT 1\x00; DROP TABLE t", id="nul-truncation"),
    P("BEGIN", id="begin"),
    P("START TRANSACTION READ WRITE", id="start-transaction"),
    P("COMMIT", id="commit"),
    P("ROLLBACK", id="rollback"),
    P("SAVEPOINT a", id="savepoint"),
    P("ROLLBACK TO SAVEPOINT a", id="rollback-to"),
    P("PREPARE TRANSACTION 'x'", id="prepare-transaction"),
    P("SET TRANSACTION READ WRITE", id="set-transaction"),
    P("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", id="session-characteristics"),
    P("SET search_path = evil, public", id="set"),
    P("SET LOCAL statement_timeout = 0", id="set-local"),
    P("SET ROLE postgres", id="set-role"),
    P("RESET ALL", id="reset-all"),
    P("SET CONSTRAINTS ALL DEFERRED", id="set-constraints"),
    P("SELECT set_config('default_transaction_read_only', 'off', false)", id="set-config"),
    P("COPY t TO PROGRAM 'rm -rf /'", id="copy-program"),
    P("COPY t FROM '/etc/passwd'", id="copy-from-file"),
    P("COPY (SELECT 1) TO STDOUT", id="copy-to-stdout"),
    P("DO $$ BEGIN DELETE FROM t; END $$", id="do"),
    P("CALL p()", id="call"),
    P("PREPARE p AS DELETE FROM t", id="prepare"),
    P("EXECUTE p", id="execute"),
    P("DEALLOCATE ALL", id="deallocate"),
    P("EXPLAIN EXECUTE p", id="explain-execute"),
    P("CREATE TABLE t AS EXECUTE p", id="create-table-as-execute"),
    P("LOCK TABLE t IN ACCESS EXCLUSIVE MODE", id="lock"),
    P("LISTEN c", id="listen"),
    P("NOTIFY c, 'x'", id="notify"),
    P("UNLISTEN *", id="unlisten"),
    P("VACUUM FULL t", id="vacuum"),
    P("ANALYZE t", id="analyze"),
    P("CHECKPOINT", id="checkpoint"),
    P("CLUSTER t USING i", id="cluster"),
    P("REINDEX TABLE t", id="reindex"),
    P("ALTER SYSTEM SET work_mem = '1GB'", id="alter-system"),
    P("CREATE EXTENSION dblink", id="create-extension"),
    P("DROP EXTENSION dblink", id="drop-extension"),
    P("LOAD 'auto_explain'", id="load"),
    P("CREATE ROLE r SUPERUSER", id="create-role"),
    P("CREATE USER u WITH PASSWORD 'x'", id="create-user"),
    P("ALTER ROLE r SUPERUSER", id="alter-role"),
    P("DROP ROLE r", id="drop-role"),
    P("GRANT SELECT ON t TO r", id="grant"),
    P("REVOKE ALL ON t FROM r", id="revoke"),
    P("GRANT admin TO bob", id="grant-role"),
    P("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r", id="default-privileges"),
    P("SECURITY LABEL ON TABLE t IS 'x'", id="security-label"),
    P("DISCARD ALL", id="discard"),
    P("DECLARE c CURSOR FOR SELECT 1", id="declare-cursor"),
    P("FETCH 1 FROM c", id="fetch"),
    P("CLOSE c", id="close"),
    P("CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw", id="create-server"),
    P("CREATE USER MAPPING FOR u SERVER s", id="user-mapping"),
    P("IMPORT FOREIGN SCHEMA x FROM SERVER s INTO y", id="import-foreign-schema"),
    P("CREATE DATABASE d", id="create-database"),
    P("DROP DATABASE d", id="drop-database"),
    P("CREATE TABLESPACE ts LOCATION '/tmp'", id="create-tablespace"),
    P("ALTER TABLE t SET TABLESPACE ts", id="alter-table-tablespace"),
    P("CREATE PUBLICATION p FOR ALL TABLES", id="publication"),
    P("CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p", id="subscription"),
    P("CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f()", id="event-trigger"),
    P("ALTER TABLE t OWNER TO bob", id="alter-table-owner"),
    P("ALTER FUNCTION f() OWNER TO bob", id="alter-function-owner"),
    P("REASSIGN OWNED BY a TO b", id="reassign-owned"),
    P("DROP OWNED BY a", id="drop-owned"),
    P("CREATE LANGUAGE plperlu", id="create-language"),
    P("CREATE CAST (int AS text) WITH FUNCTION f(int)", id="create-cast"),
    P("CREATE OPERATOR === (FUNCTION = f, LEFTARG = int, RIGHTARG = int)", id="operator"),
    P("CREATE ACCESS METHOD m TYPE TABLE HANDLER h", id="access-method"),
    P("CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING", id="create-rule"),
    P("CREATE POLICY p ON t USING (true)", id="create-policy"),
    P("CREATE FUNCTION f() RETURNS int AS 'lib', 'sym' LANGUAGE c", id="c-function"),
    P("CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS 'return 1'", id="untrusted-pl"),
    P("CREATE SCHEMA s AUTHORIZATION bob", id="schema-authorization"),
    P("CREATE SCHEMA s CREATE TABLE t (a int) GRANT SELECT ON t TO bob", id="schema-grant"),
    P("SELECT * FROM pg_read_file('/etc/passwd')", id="read-file-in-from"),
    P("SELECT pg_read_binary_file('/etc/passwd')", id="read-binary-file"),
    P("SELECT * FROM ROWS FROM (pg_ls_dir('.'))", id="rows-from-ls-dir"),
    P("VALUES (pg_sleep(10))", id="sleep-in-values"),
    P("SELECT (SELECT lo_import('/etc/passwd'))", id="lo-import-in-subquery"),
    P("SELECT lo_export(1, '/tmp/x'), lo_get(1)", id="large-objects"),
    P("SELECT ts_stat('DELETE FROM t RETURNING *')", id="ts-stat"),
    P("SELECT query_to_xml('delete from t', true, true, '')", id="query-to-xml"),
    P("SELECT table_to_xml('t', true, true, '')", id="table-to-xml"),
    P("SELECT * FROM crosstab('select 1')", id="crosstab"),
    P("SELECT dblink_exec('dbname=x', 'DELETE FROM t')", id="dblink-exec"),
    P("SELECT * FROM dblink('x', 'select 1') AS r(a int)", id="dblink"),
    P("SELECT pg_catalog.pg_sleep(1)", id="qualified-sleep"),
    P("""SELECT U&"pg_read_file"('x')""", id="unicode-escaped-name"),
    P("""SELECT "PG_READ_FILE"('x')""", id="quoted-upper-name"),
    P("SELECT pg_terminate_backend(1), pg_cancel_backend(2)", id="kill-backends"),
    P("SELECT pg_advisory_lock(1)", id="advisory-lock"),
    P("SELECT pg_try_advisory_xact_lock(1)", id="try-advisory-lock"),
    P("SELECT pg_notify('c', 'x')", id="pg-notify"),
    P("SELECT pg_reload_conf()", id="reload-conf"),
    P("SELECT pg_switch_wal()", id="switch-wal"),
    P("SELECT pg_create_logical_replication_slot('s', 'pgoutput')", id="replication-slot"),
    P("SELECT pg_stat_reset()", id="stat-reset"),
    P("SELECT * FROM t ORDER BY pg_sleep(1)", id="sleep-in-order-by"),
    P("SELECT sum(a) OVER (ORDER BY pg_sleep(1)) FROM t", id="sleep-in-window"),
    P("SELECT CASE WHEN true THEN pg_sleep(1) END", id="sleep-in-case"),
    P("SELECT pg_sleep(1)::text", id="sleep-in-cast"),
    P("SELECT lower(pg_read_file('x'))", id="nested-call"),
    P("SELECT * FROM t JOIN u ON pg_sleep(1) IS NULL", id="sleep-in-join"),
    P("SELECT count(*) FILTER (WHERE pg_sleep(1) IS NULL) FROM t", id="sleep-in-filter"),
    P("SELECT ARRAY[pg_sleep(1)]", id="sleep-in-array"),
    P("WITH c AS (SELECT pg_sleep(1)) SELECT * FROM c", id="sleep-in-cte"),
    P("SELECT * FROM t, LATERAL pg_ls_dir(t.path)", id="ls-dir-in-lateral"),
    P("INSERT INTO t VALUES (pg_read_file('x'))", id="read-file-in-insert"),
    P("UPDATE t SET a = pg_read_file('x') WHERE id = 1", id="read-file-in-update"),
    P("DELETE FROM t WHERE pg_sleep(1) IS NULL", id="sleep-in-delete"),
    P("CREATE TABLE t (a text DEFAULT pg_read_file('x'))", id="read-file-in-default"),
    P("CREATE INDEX i ON t (pg_sleep(1))", id="sleep-in-index"),
    P("CREATE VIEW v AS SELECT pg_read_file('x')", id="read-file-in-view"),
    P("ALTER TABLE t ALTER COLUMN a SET DEFAULT pg_sleep(1)", id="sleep-in-alter-default"),
    P("EXPLAIN SELECT pg_sleep(1)", id="explain-sleep"),
    P(
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT pg_sleep(1); END",
        id="sleep-in-function-body",
    ),
    P("SELECT ts_rewrite('a'::tsquery, 'a'::tsquery, 'b'::tsquery)", id="ts-rewrite-any-form"),
    P("SELECT * FROM pg_file_settings", id="file-settings"),
    P("SELECT * FROM pg_catalog.pg_hba_file_rules", id="hba-file-rules"),
    P("TABLE pg_ident_file_mappings", id="ident-file-mappings"),
    P("SELECT data FROM pg_largeobject WHERE loid = 1", id="largeobject-data"),
    P("SELECT (SELECT rolpassword FROM pg_authid LIMIT 1)", id="authid-in-subquery"),
    P("WITH s AS (SELECT * FROM pg_catalog.pg_shadow) SELECT 1", id="shadow-in-cte"),
    P("SELECT * FROM postgres.pg_catalog.pg_authid", id="authid-three-part-name"),
    P("SELECT umoptions FROM pg_user_mappings", id="user-mapping-secrets"),
    P("EXPLAIN SELECT * FROM pg_file_settings", id="explain-file-settings"),
    P("UPDATE pg_catalog.pg_authid SET rolsuper = true", id="update-authid"),
    P("UPDATE pg_authid SET rolsuper = true WHERE rolname = 'x'", id="update-unqualified-catalog"),
    P("DELETE FROM pg_catalog.pg_description", id="delete-catalog"),
    P("INSERT INTO information_schema.sql_features VALUES ('x')", id="insert-information-schema"),
    P("DELETE FROM pg_toast.pg_toast_1234", id="delete-toast"),
    P(
        "WITH x AS (UPDATE pg_catalog.pg_proc SET provolatile = 'i' RETURNING 1) SELECT 1",
        id="catalog-write-in-cte",
    ),
    P(
        "MERGE INTO pg_catalog.pg_class c USING t ON false WHEN NOT MATCHED THEN DO NOTHING",
        id="merge-catalog",
    ),
    P("EXPLAIN ANALYZE DELETE FROM pg_catalog.pg_description", id="explain-analyze-catalog"),
    P("SELECT " + " + ".join(["1"] * 600), id="deep-sum-refused-clearly"),
]


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        P(*p.values, k, id=p.id)
        for k, ps in (("read", READS), ("write", WRITES), ("ddl", DDL), ("forbidden", FORBIDDEN))
        for p in ps
    ],
)
def test_kind(sql: str, kind: Kind) -> None:
    verdict = classify(sql)
    assert verdict.kind == kind, verdict.reasons
    if kind == "read":
        assert verdict.reasons == ()
    else:
        assert verdict.reasons, "every non-read verdict says why"
        for reason in verdict.reasons:
            assert reason[:1].isalpha(), reason
            assert " " in reason.strip(), reason


@pytest.mark.parametrize(
    ("sql", "tables"),
    [
        P("SELECT * FROM t", ("t",), id="plain"),
        P("SELECT * FROM s.t JOIN u ON true", ("s.t", "u"), id="qualified-and-join"),
        P("SELECT * FROM db.s.t", ("db.s.t",), id="three-part-name"),
        P('SELECT * FROM "My Table"', ("My Table",), id="quoted-name"),
        P("SELECT * FROM t t1 JOIN t t2 ON true", ("t",), id="unique"),
        P("WITH a AS (SELECT * FROM t) SELECT * FROM a, u", ("t", "u"), id="cte-name-excluded"),
        P("WITH t AS (SELECT 1) DELETE FROM t", ("t",), id="dml-target-named-like-a-cte"),
        P("INSERT INTO s.t SELECT * FROM u", ("s.t", "u"), id="insert-target"),
        P("UPDATE t SET a = 1 FROM u WHERE t.id = u.id", ("t", "u"), id="update-from"),
        P("DELETE FROM t WHERE id IN (SELECT id FROM x.y)", ("t", "x.y"), id="delete-subquery"),
        P("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", ("s", "t"), id="merge"),
        P("DROP TABLE a.t, b", ("a.t", "b"), id="drop"),
        P("TRUNCATE t, u", ("t", "u"), id="truncate"),
        P("EXPLAIN ANALYZE DELETE FROM t", ("t",), id="explain"),
        P("SELECT 1", (), id="none"),
    ],
)
def test_tables(sql: str, tables: tuple[str, ...]) -> None:
    assert classify(sql).tables == tables


@pytest.mark.parametrize(
    ("sql", "functions", "unknown"),
    [
        P(
            "SELECT lower(a), COUNT(*), pg_catalog.upper(b) FROM t",
            ("count", "lower", "upper"),
            (),
            id="safe-any-case-and-schema",
        ),
        P(
            "SELECT my_func(x), Other.F2(y) FROM t",
            ("f2", "my_func"),
            ("f2", "my_func"),
            id="unknown",
        ),
        P(
            "SELECT * FROM generate_series(1, my_max())",
            ("generate_series", "my_max"),
            ("my_max",),
            id="unknown-in-from-argument",
        ),
        P("SELECT f(g(h()))", ("f", "g", "h"), ("f", "g", "h"), id="nested"),
        P("SELECT pg_sleep(1), nextval('s')", ("nextval", "pg_sleep"), (), id="known-not-safe"),
        P("CALL p(1)", ("p",), ("p",), id="call-target"),
        P("SELECT 1", (), (), id="none"),
    ],
)
def test_functions(sql: str, functions: tuple[str, ...], unknown: tuple[str, ...]) -> None:
    verdict = classify(sql)
    assert (verdict.functions, verdict.unknown_functions) == (functions, unknown)


@pytest.mark.parametrize(
    ("sql", "statement_type"),
    [
        P("SELECT 1", "SELECT", id="select"),
        P("SELECT * INTO x FROM t", "SELECT INTO", id="select-into"),
        P("VALUES (1)", "SELECT", id="values"),
        P("INSERT INTO t VALUES (1)", "INSERT", id="insert"),
        P("UPDATE t SET a = 1", "UPDATE", id="update"),
        P("DELETE FROM t", "DELETE", id="delete"),
        P("MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE", "MERGE", id="merge"),
        P("EXPLAIN DELETE FROM t", "EXPLAIN", id="explain"),
        P("EXPLAIN ANALYZE DELETE FROM t", "EXPLAIN", id="explain-analyze"),
        P("SHOW work_mem", "SHOW", id="show"),
        P("CREATE TABLE t (a int)", "CREATE TABLE", id="create-table"),
        P("CREATE TABLE t AS SELECT 1", "CREATE TABLE AS", id="create-table-as"),
        P("CREATE MATERIALIZED VIEW v AS SELECT 1", "CREATE MATERIALIZED VIEW", id="matview"),
        P("DROP TABLE t", "DROP TABLE", id="drop-table"),
        P("DROP INDEX i", "DROP INDEX", id="drop-index"),
        P("ALTER TABLE t ADD COLUMN b int", "ALTER TABLE", id="alter-table"),
        P("ALTER TABLE t RENAME TO u", "RENAME TABLE", id="rename"),
        P("CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'", "CREATE PROCEDURE", id="procedure"),
        P("TRUNCATE t", "TRUNCATE", id="truncate"),
        P("COMMIT", "COMMIT", id="commit"),
        P("ROLLBACK TO SAVEPOINT a", "ROLLBACK TO SAVEPOINT", id="rollback-to"),
        P("SET x = 1", "SET", id="set"),
        P("SET TRANSACTION READ WRITE", "SET TRANSACTION", id="set-transaction"),
        P("RESET ALL", "RESET", id="reset"),
        P("COPY t TO STDOUT", "COPY", id="copy"),
        P("VACUUM", "VACUUM", id="vacuum"),
        P("ANALYZE", "ANALYZE", id="analyze"),
        P("REVOKE ALL ON t FROM r", "REVOKE", id="revoke"),
        P("CREATE USER u", "CREATE USER", id="create-user"),
        P("MOVE c", "MOVE", id="move"),
        P("CREATE STATISTICS s ON a, b FROM t", "CREATE STATISTICS", id="statistics"),
        P("", None, id="empty"),
        P("SELECT 1; SELECT 2", None, id="two-statements"),
        P("SELEC 1", None, id="unparseable"),
    ],
)
def test_statement_type(sql: str, statement_type: str | None) -> None:
    assert classify(sql).statement_type == statement_type


@pytest.mark.parametrize(
    ("sql", "has_where"),
    [
        P("UPDATE t SET a = 1 WHERE id = 1", True, id="update-where"),
        P("UPDATE t SET a = (SELECT b FROM u WHERE u.id = 1)", False, id="update-subquery-where"),
        P("DELETE FROM t WHERE id = 1", True, id="delete-where"),
        P("DELETE FROM t", False, id="delete-all"),
        P("DELETE FROM t USING (SELECT * FROM u WHERE x) s", False, id="delete-using-where"),
        P("EXPLAIN ANALYZE DELETE FROM t", False, id="explain-delete-all"),
        P("EXPLAIN DELETE FROM t WHERE id = 1", True, id="explain-delete-where"),
        P("WITH d AS (DELETE FROM t WHERE a) SELECT 1", False, id="cte-where-is-not-top"),
        P("SELECT * FROM t WHERE a", True, id="select-where"),
        P("SELECT * FROM (SELECT * FROM t WHERE a) s", False, id="select-subquery-where"),
    ],
)
def test_has_where(sql: str, has_where: bool) -> None:
    assert classify(sql).has_where is has_where


@pytest.mark.parametrize(
    ("sql", "start"),
    [
        P("COMMIT", "COMMIT is not allowed: ", id="statement"),
        P("COPY t TO PROGRAM 'x'", "COPY is not allowed: ", id="copy"),
        P("SELECT pg_sleep(1)", "pg_sleep() is not allowed: ", id="function"),
        P("SELECT my_func()", "calls unknown function my_func(); ", id="unknown"),
        P("DELETE FROM t", "DELETE changes data", id="write"),
        P("SELECT nextval('s')", "calls nextval()", id="write-function"),
        P("DROP TABLE t", "DROP TABLE changes the schema", id="ddl"),
        P("SELECT 1; DROP TABLE t", "only one statement is allowed, found 2", id="two"),
        P("SELEC 1", "the SQL does not parse: ", id="parse-error"),
        P("", "the SQL is empty", id="empty"),
        P("SELECT * FROM pg_file_settings", "pg_file_settings is not allowed: ", id="config-view"),
        P("UPDATE pg_authid SET rolsuper = true", "UPDATE is not allowed: ", id="catalog-write"),
        P("SELECT " + "+".join(["1"] * 600), "the SQL is nested too deeply", id="deep"),
    ],
)
def test_reason_names_what_was_refused(sql: str, start: str) -> None:
    assert classify(sql).reasons[0].startswith(start)


@pytest.mark.parametrize(
    "sql",
    [
        P("SELECT my_func(1)", id="select"),
        P("SELECT * FROM t WHERE a = my_func(b)", id="where"),
        P("SELECT * FROM my_func()", id="from"),
        P("EXPLAIN SELECT my_func()", id="explain"),
        P("WITH c AS (SELECT my_func()) SELECT * FROM c", id="cte"),
        P("SELECT (SELECT my_func())", id="scalar-subquery"),
        P("TABLE t ORDER BY my_func()", id="order-by"),
    ],
)
def test_unknown_functions_are_never_read_until_the_catalog_says_so(sql: str) -> None:
    assert classify(sql).kind == "write"
    assert classify(sql).unknown_functions == ("my_func",)
    resolved = classify(sql, stable_functions=frozenset({"my_func"}))
    assert (resolved.kind, resolved.unknown_functions) == ("read", ())


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        P("SELECT pg_read_file('x')", "forbidden", id="forbidden-stays-forbidden"),
        P("SELECT table_to_xml('t', true, true, '')", "forbidden", id="stable-but-runs-sql"),
        P("SELECT nextval('s')", "write", id="write-stays-write"),
    ],
)
def test_catalog_cannot_unlock_listed_functions(sql: str, kind: Kind) -> None:
    names = frozenset({"pg_read_file", "table_to_xml", "nextval"})
    assert classify(sql, stable_functions=names).kind == kind


@pytest.mark.parametrize(
    "sql",
    [
        P("\ud800", id="lone-surrogate"),
        P("(" * 100_000, id="deep-parentheses"),
        P("SELECT " + "(" * 3000 + "1" + ")" * 3000, id="deep-expression"),
        P("SELECT " + " + ".join(["1"] * 20_000), id="long-expression"),
        P("SELECT '" + "x" * 100_000, id="unterminated-literal"),
    ],
)
def test_odd_input_never_raises(sql: str) -> None:
    assert classify(sql).kind in ("read", "forbidden")


def test_long_sql_is_classified_without_the_cache() -> None:
    assert classify("SELECT 1" + " " * 20_000 + "; DROP TABLE t").kind == "forbidden"
    assert classify("SELECT 1" + " " * 20_000).kind == "read"


def test_function_lists_are_consistent() -> None:
    for name in SAFE_FUNCTIONS | WRITE_FUNCTIONS | FORBIDDEN_FUNCTIONS.keys():
        assert name == name.lower(), name
        assert name.isidentifier(), name
    assert {n for n in SAFE_FUNCTIONS | WRITE_FUNCTIONS if forbidden_reason(n)} == set()
    assert SAFE_FUNCTIONS.isdisjoint(WRITE_FUNCTIONS)
    harmless = HARMLESS_VOLATILE.keys()
    assert not harmless & (SAFE_FUNCTIONS | WRITE_FUNCTIONS)
    assert all(not forbidden_reason(n) and len(HARMLESS_VOLATILE[n]) > 10 for n in harmless)
    assert forbidden_reason("pg_advisory_unlock_all") is not None  # caught by prefix
    assert forbidden_reason("lower") is None


def test_verdict_is_frozen_data() -> None:
    verdict = classify("UPDATE s.t SET a = lower(b) WHERE id = 1")
    assert verdict.to_dict() == {
        "kind": "write",
        "reasons": ["UPDATE changes data"],
        "statement_type": "UPDATE",
        "tables": ["s.t"],
        "functions": ["lower"],
        "unknown_functions": [],
        "has_where": True,
        "hidden_code": [],
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.kind = "read"  # type: ignore[misc]
    assert isinstance(verdict, Verdict)
