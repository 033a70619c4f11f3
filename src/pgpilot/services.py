"""The Services container: what every face needs, built once per process."""

from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING

from psycopg_pool import AsyncConnectionPool

from pgpilot.approvals.listener import ApprovalListener
from pgpilot.auth.actor_cache import AppPool
from pgpilot.db.liveness import check_connection
from pgpilot.db.urls import redact
from pgpilot.errors import DatabaseUnavailable
from pgpilot.settings import Settings
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets
from pgpilot.sql.values import GroundingLimits

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from pgpilot.agent.sql_agent import SqlAgent
    from pgpilot.agent.task_graph import TaskAgent
    from pgpilot.auth.ratelimit import RateLimiter
    from pgpilot.metrics import Metrics

READY_TIMEOUT_S = 3.0


@dataclass(slots=True)
class Services:
    """Long-lived resources of one process: settings, the app database, the SQL targets."""

    settings: Settings
    app_db: AppPool  # with the actor cache every face's lookups go through
    targets: Targets
    limits: Limits
    rate_limiter: "RateLimiter"
    schemas: SchemaCache
    approvals: ApprovalListener  # one LISTEN connection for every waiter, opened on first wait
    assistant: "TaskAgent | None" = None  # built on first use: LangGraph is slow to import
    sql_assistant: "SqlAgent | None" = None  # likewise, with its checkpoint pool
    checkpoints: AsyncConnectionPool | None = None
    metrics: "Metrics | None" = None  # set by the web app; the CLI keeps none

    @classmethod
    async def start(cls, settings: Settings) -> "Services":
        """Create the resources; the pool connects in the background.

        Everything that can refuse the settings is built before any pool opens, and a
        failure after that closes what was opened, so a bad start never leaves a pool behind.
        """
        if settings.database_url is None:
            raise RuntimeError(
                "Services need a DATABASE_URL; prepare settings with pgpilot.runtime"
            )
        from pgpilot.auth.ratelimit import RateLimiter  # `limits` is slow to import

        targets = cls.preflight(settings)
        rate_limiter = RateLimiter.from_settings(settings)
        services = cls(
            settings=settings,
            app_db=AppPool(
                settings.database_url,
                actor_ttl_s=settings.actor_cache_ttl_s,
                min_size=1,
                max_size=settings.app_pool_size,
                open=False,
                check=check_connection,
                kwargs={"connect_timeout": 5},
                name="app",
            ),
            targets=targets,
            limits=Limits.from_settings(settings),
            schemas=_schema_cache(settings),
            approvals=ApprovalListener(settings.database_url),
            rate_limiter=rate_limiter,
        )
        try:
            await services.app_db.open(wait=False)
        except BaseException:
            await services.close()
            raise
        return services

    @staticmethod
    def preflight(settings: Settings) -> Targets:
        """The targets of settings, or the ConfigError Services would fail with; opens nothing."""
        return Targets.from_settings(settings)

    @property
    def sql(self) -> SqlContext:
        """What the SQL operations need."""
        return SqlContext(
            targets=self.targets,
            app_db=self.app_db,
            limits=self.limits,
            policy=WritePolicy.from_settings(self.settings),
            schemas=self.schemas,
            approvals=self.approvals,
            metrics=self.metrics,
            grounding=GroundingLimits.from_settings(self.settings),
        )

    def task_agent(self) -> "TaskAgent":
        """The task assistant's graph around the configured chat model, built once."""
        if self.assistant is None:
            from pgpilot.agent.task_graph import TaskAgent
            from pgpilot.llm.models import make_chat_model

            self.assistant = TaskAgent(
                self._metered(make_chat_model(self.settings), "tasks"),
                max_tool_rounds=self.settings.max_tool_rounds,
                timeout_s=self.settings.llm_timeout_s,
            )
        return self.assistant

    async def sql_agent(self) -> "SqlAgent":
        """The SQL agent's graph, its runs checkpointed in the app database; built once."""
        if self.sql_assistant is None:
            from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
            from psycopg.rows import dict_row

            from pgpilot.agent.sql_agent import SqlAgent
            from pgpilot.llm.models import make_chat_model

            # The saver needs autocommit, dict rows and no server-side prepared statements.
            pool = AsyncConnectionPool(
                str(self.settings.database_url),
                min_size=1,
                max_size=5,
                open=False,
                kwargs={"autocommit": True, "prepare_threshold": None, "row_factory": dict_row},
                name="checkpoints",
            )
            await pool.open(wait=True)
            saver = AsyncPostgresSaver(pool)  # type: ignore[arg-type]
            await saver.setup()
            if self.sql_assistant is not None:  # a concurrent first call finished first
                await pool.close()
                return self.sql_assistant
            self.checkpoints = pool
            self.sql_assistant = SqlAgent(
                self._metered(make_chat_model(self.settings, purpose="sql"), "sql"),
                retries=self.settings.sql_retries,
                prompt_tokens=self.settings.schema_prompt_tokens,
                checkpointer=saver,
                timeout_s=self.settings.llm_timeout_s,
            )
        return self.sql_assistant

    def _metered(self, model: "BaseChatModel", purpose: str) -> "BaseChatModel":
        """The model, its calls recorded in the metrics when this process keeps them."""
        if self.metrics is not None:
            from pgpilot.llm.metering import LlmMetering
            from pgpilot.llm.models import model_name

            metering = LlmMetering(self.metrics, model=model_name(self.settings), purpose=purpose)
            model.callbacks = [metering]
        return model

    def pools(self) -> list[AsyncConnectionPool]:
        """Every open connection pool of this process."""
        pools = [self.app_db, *self.targets.open_pools()]
        return pools if self.checkpoints is None else [*pools, self.checkpoints]

    async def check_app_database(self) -> None:
        """Raise DatabaseUnavailable unless the app database answers a query."""
        try:
            async with self.app_db.connection(timeout=READY_TIMEOUT_S) as conn:
                await conn.execute("SELECT 1")
        except Exception as exc:  # any driver or pool failure means "not ready"
            url = redact(str(self.settings.database_url))
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseUnavailable(f"app database {url} is unreachable: {reason}") from exc

    async def close(self) -> None:
        """Release connections: every resource is closed even when another fails to close."""
        async with AsyncExitStack() as stack:
            stack.push_async_callback(self.schemas.close)
            stack.push_async_callback(self.rate_limiter.close)
            stack.push_async_callback(self.app_db.close)
            stack.push_async_callback(self.approvals.close)
            if self.checkpoints is not None:
                stack.push_async_callback(self.checkpoints.close)
            stack.push_async_callback(self.targets.close)


def _schema_cache(settings: Settings) -> SchemaCache:
    """In memory, or shared through Redis when REDIS_URL is set."""
    redis = None
    if settings.redis_url:
        from redis.asyncio import Redis

        redis = Redis.from_url(
            settings.redis_url,
            socket_timeout=settings.redis_timeout_s,
            socket_connect_timeout=settings.redis_timeout_s,
        )
    return SchemaCache(ttl_s=settings.schema_ttl, redis=redis)
