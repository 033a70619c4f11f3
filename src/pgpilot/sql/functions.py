"""Function lists the SQL guard classifies calls with, keyed by lower-case last name part."""

from collections.abc import Mapping
from types import MappingProxyType

# Every name below is IMMUTABLE or STABLE for all its overloads in PostgreSQL 18's pg_catalog,
# has no side effects, runs no SQL given as text and reads no server files.
_AGGREGATES = """
    any_value array_agg avg bit_and bit_or bit_xor bool_and bool_or corr count covar_pop
    covar_samp every json_agg json_agg_strict json_object_agg json_object_agg_strict
    json_object_agg_unique json_object_agg_unique_strict jsonb_agg jsonb_agg_strict
    jsonb_object_agg jsonb_object_agg_strict jsonb_object_agg_unique
    jsonb_object_agg_unique_strict max min mode percentile_cont percentile_disc range_agg
    range_intersect_agg regr_avgx regr_avgy regr_count regr_intercept regr_r2 regr_slope regr_sxx
    regr_sxy regr_syy stddev stddev_pop stddev_samp string_agg sum var_pop var_samp variance xmlagg
"""
_WINDOW = """
    cume_dist dense_rank first_value lag last_value lead nth_value ntile percent_rank rank
    row_number
"""
_MATH = """
    abs acos acosd acosh asin asind asinh atan atan2 atan2d atand atanh cbrt ceil ceiling cos cosd
    cosh cot cotd degrees div erf erfc exp factorial floor gamma gcd lcm lgamma ln log log10
    min_scale mod pi power radians round scale sign sin sind sinh sqrt tan tand tanh trim_scale
    trunc width_bucket
"""
_STRING = """
    ascii bit_count bit_length btrim casefold char_length character_length chr concat concat_ws
    convert convert_from convert_to crc32 crc32c decode encode format get_bit get_byte initcap
    is_normalized left length like_escape lower lpad ltrim md5 normalize octet_length overlay
    position quote_ident quote_literal quote_nullable regexp_count regexp_instr regexp_like
    regexp_match regexp_matches regexp_replace regexp_split_to_array regexp_split_to_table
    regexp_substr repeat replace reverse right rpad rtrim sha224 sha256 sha384 sha512
    similar_to_escape split_part starts_with string_to_array string_to_table strpos substr
    substring to_ascii to_bin to_hex to_oct translate unistr upper
"""
_DATETIME = """
    age date_add date_bin date_part date_subtract date_trunc extract isfinite justify_days
    justify_hours justify_interval make_date make_interval make_time make_timestamp
    make_timestamptz now overlaps statement_timestamp timezone to_char to_date to_number
    to_timestamp transaction_timestamp
"""
# Parsed as SQL syntax rather than calls; listed so a spelled-out call is never "unknown".
_SQL_KEYWORDS = """
    current_date current_time current_timestamp localtime localtimestamp
"""
_JSON = """
    array_to_json json_array_element json_array_elements json_array_elements_text
    json_array_length json_build_array json_build_object json_each json_each_text
    json_extract_path json_extract_path_text json_object json_object_keys json_populate_record
    json_populate_recordset json_strip_nulls json_to_record json_to_recordset json_typeof
    jsonb_array_elements jsonb_array_elements_text jsonb_array_length jsonb_build_array
    jsonb_build_object jsonb_each jsonb_each_text jsonb_extract_path jsonb_extract_path_text
    jsonb_insert jsonb_object jsonb_object_keys jsonb_path_exists jsonb_path_exists_tz
    jsonb_path_match jsonb_path_match_tz jsonb_path_query jsonb_path_query_array
    jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz jsonb_path_query_tz
    jsonb_populate_record jsonb_populate_recordset jsonb_pretty jsonb_set jsonb_set_lax
    jsonb_strip_nulls jsonb_to_record jsonb_to_recordset jsonb_typeof row_to_json to_json to_jsonb
"""
_ARRAY_RANGE = """
    array_append array_cat array_dims array_fill array_length array_lower array_ndims
    array_position array_positions array_prepend array_remove array_replace array_reverse
    array_sort array_to_string array_upper cardinality daterange generate_series
    generate_subscripts int4range int8range isempty lower_inc lower_inf multirange numrange
    range_merge string_to_array trim_array tsrange tstzrange unnest upper_inc upper_inf
"""
_TEXT_SEARCH_XML_NET = """
    array_to_tsvector host hostmask masklen netmask network numnode phraseto_tsquery
    plainto_tsquery querytree setweight strip to_tsquery to_tsvector ts_delete ts_filter
    ts_headline ts_rank ts_rank_cd tsvector_to_array websearch_to_tsquery xml_is_well_formed
    xml_is_well_formed_content xml_is_well_formed_document xmlcomment xmltext xpath xpath_exists
    abbrev broadcast family inet_merge inet_same_family set_masklen
"""
_CASTS_AND_INFO = """
    bool date float4 float8 int2 int4 int8 interval numeric text time timestamp timestamptz
    col_description current_database current_schema current_schemas current_setting
    format_type has_column_privilege has_database_privilege has_function_privilege
    has_schema_privilege has_sequence_privilege has_table_privilege num_nonnulls num_nulls
    obj_description pg_backend_pid pg_collation_for pg_column_size pg_conf_load_time
    pg_encoding_to_char pg_get_constraintdef pg_get_expr pg_get_functiondef
    pg_get_function_arguments pg_get_function_result pg_get_indexdef pg_get_serial_sequence
    pg_get_triggerdef pg_get_userbyid pg_get_viewdef pg_has_role pg_input_error_info
    pg_input_is_valid pg_postmaster_start_time pg_size_bytes pg_size_pretty pg_table_is_visible
    pg_typeof row_security_active shobj_description to_regclass to_regnamespace to_regproc
    to_regprocedure to_regrole to_regtype uuid_extract_timestamp uuid_extract_version version
"""

SAFE_FUNCTIONS: frozenset[str] = frozenset(
    (
        _AGGREGATES
        + _WINDOW
        + _MATH
        + _STRING
        + _DATETIME
        + _SQL_KEYWORDS
        + _JSON
        + _ARRAY_RANGE
        + _TEXT_SEARCH_XML_NET
        + _CASTS_AND_INFO
    ).split()
)

# VOLATILE built-ins reviewed one by one: what makes each volatile is harmless to a read.
HARMLESS_VOLATILE: Mapping[str, str] = MappingProxyType(
    {
        "random": "a new number per call; it changes nothing (setseed stays forbidden)",
        "random_normal": "like random(), from a normal distribution",
        "clock_timestamp": "the wall clock, read on each call",
        "timeofday": "the wall clock as text",
        "gen_random_uuid": "a fresh random UUID; nothing is stored",
        "uuidv4": "a fresh random UUID (PostgreSQL 18); nothing is stored",
        "uuidv7": "a fresh time-ordered UUID (PostgreSQL 18); nothing is stored",
        "currval": "the session's last value of a sequence, read without consuming one",
        "lastval": "the session's last sequence value, read without consuming one",
        "pg_database_size": "the size of a database's files, a stat() of the server",
        "pg_total_relation_size": "the size of a table with its indexes and TOAST",
        "pg_relation_size": "the size of one fork of a relation",
        "pg_table_size": "the size of a table with its TOAST, no indexes",
        "pg_indexes_size": "the size of a table's indexes",
        "pg_tablespace_size": "the size of a tablespace's files",
        "txid_current_snapshot": "the current snapshot; unlike txid_current() it assigns no xid",
        "pg_current_snapshot": "the current snapshot; it assigns no transaction id",
    }
)
READ_FUNCTIONS: frozenset[str] = SAFE_FUNCTIONS | HARMLESS_VOLATILE.keys()

# nextval/setval change a sequence; the xid functions assign a transaction id.
WRITE_FUNCTIONS: frozenset[str] = frozenset(
    {"nextval", "setval", "txid_current", "pg_current_xact_id"}
)

_FAMILIES: tuple[tuple[str, str], ...] = (
    (
        "it reads or writes files on the database server",
        """pg_read_file pg_read_binary_file pg_stat_file pg_current_logfile pg_hba_file_rules
        pg_ident_file_mappings pg_show_all_file_settings pg_file_write pg_file_rename
        pg_file_unlink pg_file_sync pg_logdir_ls lo_import lo_export pg_ls_dir pg_ls_logdir
        pg_ls_waldir pg_ls_tmpdir pg_ls_archive_statusdir pg_ls_logicalmapdir
        pg_ls_logicalsnapdir pg_ls_replslotdir pg_ls_summariesdir""",
    ),
    (
        "it works on large objects, which bypass table permissions",
        """lo_get lo_put lo_from_bytea lo_open lo_close lo_create lo_creat lo_unlink lo_truncate
        lo_truncate64 lo_lseek lo_lseek64 lo_tell lo_tell64 loread lowrite""",
    ),
    (
        "it runs SQL over another connection, outside this transaction",
        """dblink dblink_exec dblink_connect dblink_connect_u dblink_disconnect dblink_open
        dblink_fetch dblink_close dblink_send_query dblink_get_result dblink_cancel_query""",
    ),
    (
        "it takes advisory locks that outlive the statement",
        "pg_advisory_lock pg_advisory_xact_lock pg_try_advisory_lock pg_advisory_unlock_all",
    ),
    (
        # Calls are judged by name, so ts_rewrite's harmless 3-argument form is refused too.
        "it runs SQL given as text, which the guard cannot inspect",
        """ts_stat ts_rewrite query_to_xml query_to_xml_and_xmlschema query_to_xmlschema
        cursor_to_xml cursor_to_xmlschema table_to_xml table_to_xml_and_xmlschema
        table_to_xmlschema schema_to_xml schema_to_xml_and_xmlschema schema_to_xmlschema
        database_to_xml database_to_xml_and_xmlschema database_to_xmlschema crosstab crosstab2
        crosstab3 crosstab4 connectby""",
    ),
    (
        "it changes session or server state",
        """set_config setseed pg_reload_conf pg_rotate_logfile pg_rotate_logfile_old
        pg_cancel_backend pg_terminate_backend pg_log_backend_memory_contexts pg_notify
        pg_export_snapshot pg_import_system_collations pg_prewarm autoprewarm_start_worker
        autoprewarm_dump_now pg_stat_statements_reset pg_restore_relation_stats
        pg_restore_attribute_stats pg_clear_relation_stats pg_clear_attribute_stats pg_nextoid
        pg_stop_making_pinned_objects pg_extension_config_dump pg_stat_reset
        pg_stat_reset_shared""",
    ),
    ("it blocks the connection", "pg_sleep pg_sleep_for pg_sleep_until"),
    (
        "it controls WAL, backups or replication",
        """pg_switch_wal pg_create_restore_point pg_backup_start pg_backup_stop pg_start_backup
        pg_stop_backup pg_promote pg_log_standby_snapshot pg_sync_replication_slots
        pg_drop_replication_slot pg_replication_slot_advance pg_wal_replay_pause
        pg_wal_replay_resume pg_create_physical_replication_slot
        pg_create_logical_replication_slot pg_logical_slot_get_changes pg_logical_emit_message""",
    ),
)

_PREFIXES: tuple[tuple[str, str], ...] = (
    ("pg_ls_", "it reads or writes files on the database server"),
    ("lo_", "it works on large objects, which bypass table permissions"),
    ("dblink", "it runs SQL over another connection, outside this transaction"),
    ("pg_background", "it runs SQL over another connection, outside this transaction"),
    ("pg_advisory_", "it takes advisory locks that outlive the statement"),
    ("pg_try_advisory_", "it takes advisory locks that outlive the statement"),
    ("pg_stat_reset", "it changes session or server state"),
    ("binary_upgrade_", "it changes session or server state"),
    ("pg_wal_replay_", "it controls WAL, backups or replication"),
    ("pg_create_", "it controls WAL, backups or replication"),
    ("pg_copy_", "it controls WAL, backups or replication"),
    ("pg_logical_", "it controls WAL, backups or replication"),
    ("pg_replication_origin", "it controls WAL, backups or replication"),
)

# Known names are listed above; prefixes also catch their siblings and future versions.
FORBIDDEN_FUNCTIONS: Mapping[str, str] = MappingProxyType(
    {name: reason for reason, names in _FAMILIES for name in names.split()}
)
_PREFIX_START = tuple(prefix for prefix, _ in _PREFIXES)


def forbidden_reason(name: str) -> str | None:
    """Why calling the lower-case function `name` is forbidden, or None when it is not."""
    reason = FORBIDDEN_FUNCTIONS.get(name)
    if reason is None and name.startswith(_PREFIX_START):
        reason = next(why for prefix, why in _PREFIXES if name.startswith(prefix))
    return reason
