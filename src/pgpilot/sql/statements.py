"""The guard's tables: which statement and object types are read, write, ddl or refused."""

FAMILIES = {
    "tx": "it controls the transaction, which the guard manages",
    "session": "it changes session state, which outlives the statement",
    "copy": "it moves data through server files, programs or the client connection",
    "code": "it runs code the guard cannot inspect",
    "prepared": "prepared statements hide the SQL that runs",
    "lock": "explicit table locks are not allowed",
    "notify": "notification channels are not allowed",
    "maintenance": "maintenance commands are run by the administrator",
    "server": "it changes the server's configuration or loads code into it",
    "extension": "extensions install code that runs inside the server",
    "admin": "roles, ownership and privileges are managed by the administrator",
    "cursor": "cursors outlive the statement",
    "foreign": "foreign data reaches other servers",
    "cluster": "databases, tablespaces and replication are managed by the administrator",
    "event": "event triggers run code on every schema change",
    "resolve": "the guard assumes built-in operators, casts, languages and access methods",
    "rules": "rules and policies silently change what other statements do",
    "unlisted": "it is not on the guard's list of allowed statements",
}

# Node type, then read/write/ddl or a forbidden family, then the name ("*": computed).
TABLE = """
SelectStmt read * | VariableShowStmt read SHOW | ExplainStmt read EXPLAIN | ReturnStmt read RETURN
InsertStmt write INSERT | UpdateStmt write UPDATE | DeleteStmt write DELETE | MergeStmt write MERGE
CreateStmt ddl CREATE TABLE | CreateTableAsStmt ddl * | AlterTableStmt ddl * | DropStmt ddl *
IndexStmt ddl CREATE INDEX | ViewStmt ddl CREATE VIEW | TruncateStmt ddl TRUNCATE
RefreshMatViewStmt ddl REFRESH MATERIALIZED VIEW | CreateSeqStmt ddl CREATE SEQUENCE
AlterSeqStmt ddl ALTER SEQUENCE | CreateFunctionStmt ddl * | AlterFunctionStmt ddl *
CreateTrigStmt ddl CREATE TRIGGER | CompositeTypeStmt ddl CREATE TYPE | DefineStmt ddl *
CreateEnumStmt ddl CREATE TYPE | CreateRangeStmt ddl CREATE TYPE | AlterEnumStmt ddl ALTER TYPE
AlterTypeStmt ddl ALTER TYPE | CreateDomainStmt ddl CREATE DOMAIN | RenameStmt ddl *
AlterDomainStmt ddl ALTER DOMAIN | CreateSchemaStmt ddl CREATE SCHEMA | CommentStmt ddl COMMENT ON
AlterObjectSchemaStmt ddl * | TransactionStmt tx * | ConstraintsSetStmt tx SET CONSTRAINTS
VariableSetStmt session * | DiscardStmt session DISCARD | CopyStmt copy COPY | DoStmt code DO
CallStmt code CALL | PrepareStmt prepared PREPARE | ExecuteStmt prepared EXECUTE
DeallocateStmt prepared DEALLOCATE | LockStmt lock LOCK | ListenStmt notify LISTEN
NotifyStmt notify NOTIFY | UnlistenStmt notify UNLISTEN | VacuumStmt maintenance *
CheckPointStmt maintenance CHECKPOINT | ClusterStmt maintenance CLUSTER
ReindexStmt maintenance REINDEX | AlterSystemStmt server ALTER SYSTEM | LoadStmt server LOAD
CreateExtensionStmt extension CREATE EXTENSION | AlterExtensionStmt extension ALTER EXTENSION
AlterExtensionContentsStmt extension ALTER EXTENSION | CreateRoleStmt admin *
AlterRoleStmt admin ALTER ROLE | AlterRoleSetStmt admin ALTER ROLE | DropRoleStmt admin DROP ROLE
GrantStmt admin * | GrantRoleStmt admin *
AlterDefaultPrivilegesStmt admin ALTER DEFAULT PRIVILEGES
SecLabelStmt admin SECURITY LABEL | AlterOwnerStmt admin * | ReassignOwnedStmt admin REASSIGN OWNED
DropOwnedStmt admin DROP OWNED | DeclareCursorStmt cursor DECLARE | FetchStmt cursor *
ClosePortalStmt cursor CLOSE | CreateForeignServerStmt foreign CREATE SERVER
AlterForeignServerStmt foreign ALTER SERVER | CreateFdwStmt foreign CREATE FOREIGN DATA WRAPPER
AlterFdwStmt foreign ALTER FOREIGN DATA WRAPPER | CreateUserMappingStmt foreign CREATE USER MAPPING
AlterUserMappingStmt foreign ALTER USER MAPPING | DropUserMappingStmt foreign DROP USER MAPPING
ImportForeignSchemaStmt foreign IMPORT FOREIGN SCHEMA
CreateForeignTableStmt foreign CREATE FOREIGN TABLE
CreatedbStmt cluster CREATE DATABASE | AlterDatabaseStmt cluster ALTER DATABASE
AlterDatabaseSetStmt cluster ALTER DATABASE | AlterDatabaseRefreshCollStmt cluster ALTER DATABASE
DropdbStmt cluster DROP DATABASE | CreateTableSpaceStmt cluster CREATE TABLESPACE
DropTableSpaceStmt cluster DROP TABLESPACE | AlterTableSpaceOptionsStmt cluster ALTER TABLESPACE
AlterTableMoveAllStmt cluster ALTER TABLESPACE | CreateSubscriptionStmt cluster CREATE SUBSCRIPTION
AlterSubscriptionStmt cluster ALTER SUBSCRIPTION | DropSubscriptionStmt cluster DROP SUBSCRIPTION
CreatePublicationStmt cluster CREATE PUBLICATION | AlterPublicationStmt cluster ALTER PUBLICATION
CreateEventTrigStmt event CREATE EVENT TRIGGER | AlterEventTrigStmt event ALTER EVENT TRIGGER
CreatePLangStmt resolve CREATE LANGUAGE | CreateCastStmt resolve CREATE CAST
CreateOpClassStmt resolve CREATE OPERATOR CLASS | CreateOpFamilyStmt resolve CREATE OPERATOR FAMILY
AlterOpFamilyStmt resolve ALTER OPERATOR FAMILY | AlterOperatorStmt resolve ALTER OPERATOR
CreateAmStmt resolve CREATE ACCESS METHOD | CreateTransformStmt resolve CREATE TRANSFORM
CreateConversionStmt resolve CREATE CONVERSION | RuleStmt rules CREATE RULE
CreatePolicyStmt rules CREATE POLICY | AlterPolicyStmt rules ALTER POLICY
CreateStatsStmt unlisted CREATE STATISTICS | AlterStatsStmt unlisted ALTER STATISTICS
AlterCollationStmt resolve ALTER COLLATION | AlterObjectDependsStmt extension DEPENDS ON EXTENSION
AlterTSConfigurationStmt unlisted ALTER TEXT SEARCH CONFIGURATION
AlterTSDictionaryStmt unlisted ALTER TEXT SEARCH DICTIONARY
ReplicaIdentityStmt cluster REPLICA IDENTITY
"""
STATEMENTS: dict[str, tuple[str, str]] = {
    node_type: (kind, " ".join(name))
    for entry in TABLE.replace("\n", " | ").split(" | ")
    if entry.strip()
    for node_type, kind, *name in [entry.split()]
}

# ObjectType words by family: "ddl" objects may be altered, dropped, renamed and commented on;
# "part" only renamed and commented on; the rest name the forbidden family.
OBJECT_TABLE = """
ddl: TABLE INDEX VIEW MATVIEW SEQUENCE FUNCTION PROCEDURE ROUTINE AGGREGATE TRIGGER
ddl: TYPE DOMAIN SCHEMA
part: COLUMN ATTRIBUTE TABCONSTRAINT DOMCONSTRAINT
extension: EXTENSION
admin: ROLE
event: EVENT_TRIGGER
rules: RULE POLICY
foreign: FOREIGN_TABLE FOREIGN_SERVER FDW USER_MAPPING
cluster: DATABASE TABLESPACE PUBLICATION PUBLICATION_NAMESPACE PUBLICATION_REL SUBSCRIPTION
resolve: CAST OPERATOR OPCLASS OPFAMILY LANGUAGE ACCESS_METHOD TRANSFORM CONVERSION COLLATION
"""
OBJECTS: dict[str, str] = {
    "OBJECT_" + word: family
    for line in OBJECT_TABLE.strip().splitlines()
    for family, words in [line.split(":")]
    for word in words.split()
}
RELATION_DROPS = frozenset({"OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE"})
DDL_EFFECTS = {"TRUNCATE": "removes every row", "REFRESH MATERIALIZED VIEW": "rewrites a view"}
LANGUAGES = frozenset({"sql", "plpgsql"})
FLAGS = {
    "VacuumStmt": ("is_vacuumcmd", "VACUUM", "ANALYZE"),
    "FetchStmt": ("ismove", "MOVE", "FETCH"),
    "GrantStmt": ("is_grant", "GRANT", "REVOKE"),
    "GrantRoleStmt": ("is_grant", "GRANT", "REVOKE"),
    "CreateFunctionStmt": ("is_procedure", "CREATE PROCEDURE", "CREATE FUNCTION"),
    "SelectStmt": ("intoClause", "SELECT INTO", "SELECT"),
}
OBJECT_WORDS = {"MATVIEW": "MATERIALIZED VIEW", "TABCONSTRAINT": "CONSTRAINT"}
