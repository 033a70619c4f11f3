"""What the SQL services need from the process: targets, the app database, limits, policy."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from psycopg_pool import AsyncConnectionPool

from pgpilot.approvals.listener import ApprovalListener
from pgpilot.settings import Settings
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets
from pgpilot.sql.values import GroundingLimits

if TYPE_CHECKING:
    from pgpilot.metrics import Metrics


@dataclass(frozen=True, slots=True)
class WritePolicy:
    """The settings that govern writes."""

    dry_run_budget_ms: int = 2000
    critical_tables: tuple[str, ...] = ()
    auto_execute_max_risk: str = "MEDIUM"
    approval_ttl: int = 86_400
    four_eyes: bool = False
    drift_tolerance: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> "WritePolicy":
        """The policy configured for this process."""
        return cls(
            dry_run_budget_ms=settings.dry_run_budget_ms,
            critical_tables=tuple(settings.critical_tables),
            auto_execute_max_risk=settings.auto_execute_max_risk,
            approval_ttl=settings.approval_ttl,
            four_eyes=settings.four_eyes,
            drift_tolerance=settings.drift_tolerance,
        )


@dataclass(frozen=True, slots=True)
class SqlContext:
    """Everything a SQL operation touches, built once per process."""

    targets: Targets
    app_db: AsyncConnectionPool
    limits: Limits
    policy: WritePolicy
    schemas: SchemaCache
    approvals: ApprovalListener | None = None  # the process's one LISTEN for ticket changes
    metrics: "Metrics | None" = None  # the web app's; hooks only count, never decide
    grounding: GroundingLimits = field(default_factory=GroundingLimits)  # planner value reads
