"""The Services container: what every face needs, built once per process."""

from dataclasses import dataclass

from psycopg_pool import AsyncConnectionPool

from pgpilot.db.urls import redact
from pgpilot.errors import DatabaseUnavailable
from pgpilot.settings import Settings
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets

READY_TIMEOUT_S = 3.0


@dataclass(slots=True)
class Services:
    """Long-lived resources of one process: settings, the app database, the SQL targets."""

    settings: Settings
    app_db: AsyncConnectionPool
    targets: Targets
    limits: Limits

    @classmethod
    async def start(cls, settings: Settings) -> "Services":
        """Create the resources; the pool connects in the background."""
        if settings.database_url is None:
            raise RuntimeError(
                "Services need a DATABASE_URL; prepare settings with pgpilot.runtime"
            )
        pool = AsyncConnectionPool(
            settings.database_url,
            min_size=1,
            max_size=10,
            open=False,
            check=AsyncConnectionPool.check_connection,
            kwargs={"connect_timeout": 5},
            name="app",
        )
        await pool.open(wait=False)
        return cls(
            settings=settings,
            app_db=pool,
            targets=Targets.from_settings(settings),
            limits=Limits.from_settings(settings),
        )

    @property
    def sql(self) -> SqlContext:
        """What the SQL operations need."""
        return SqlContext(
            targets=self.targets,
            app_db=self.app_db,
            limits=self.limits,
            policy=WritePolicy.from_settings(self.settings),
        )

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
        """Release connections."""
        await self.targets.close()
        await self.app_db.close()
