"""SqlAgent: runs the SQL graph for a question, streams its steps, resumes paused runs."""

import uuid
from collections.abc import AsyncIterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.types import Command

from pgpilot.agent.sql_graph import SqlRun, SqlState, build_graph
from pgpilot.approvals.waiting import wait_for_decision
from pgpilot.auth.actors import Actor
from pgpilot.errors import NotFound
from pgpilot.inputs import refuse_nul
from pgpilot.llm.deadline import deadline_in
from pgpilot.sql import door
from pgpilot.sql.context import SqlContext
from pgpilot.sql.targets import Target

Event = dict[str, Any]
HIDDEN = frozenset({"prompt", "tried"})


class SqlAgent:
    """The compiled SQL graph around one chat model and one checkpointer."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        retries: int,
        prompt_tokens: int,
        checkpointer: Any,
        timeout_s: float | None = None,
    ) -> None:
        self.model = model
        self.retries = retries
        self.prompt_tokens = prompt_tokens
        self.timeout_s = timeout_s  # the model's time for one run, rewrites and retries included
        self.graph = build_graph(checkpointer)

    def _run(
        self, ctx: SqlContext, actor: Actor, target: Target, *, force_approval: bool = False
    ) -> SqlRun:
        deadline = deadline_in(self.timeout_s)
        return SqlRun(
            ctx,
            self.model,
            self.retries,
            self.prompt_tokens,
            actor,
            target,
            deadline,
            force_approval=force_approval,
        )

    async def stream(
        self,
        ctx: SqlContext,
        actor: Actor,
        *,
        question: str,
        target: str | Target | None,
        thread_id: str | None = None,
        force_approval: bool = False,
    ) -> AsyncIterator[Event]:
        """Step events, then one `result`, `error` or `approval_required` event."""
        refuse_nul(question=question, target=target if isinstance(target, str) else None)
        chosen = door.target_for(ctx, actor, target)
        start: SqlState = {
            "question": question,
            "target": chosen.name,
            "owner_id": actor.id,
            "owner": actor.name,
        }
        run = self._run(ctx, actor, chosen, force_approval=force_approval)
        async for event in self._events(run, start, thread_id or str(uuid.uuid4())):
            yield event

    async def resume(
        self, ctx: SqlContext, actor: Actor, *, thread_id: str, target: Target | None = None
    ) -> AsyncIterator[Event]:
        """Continue the actor's paused run (its ticket was decided); it re-reads the ticket."""
        state = await self._owned_state(actor, thread_id)
        chosen = door.target_for(ctx, actor, target or ctx.targets.recorded(state["target"]))
        run = self._run(ctx, actor, chosen)
        async for event in self._events(run, Command(resume="decided"), thread_id):
            yield event

    async def paused(self, actor: Actor, thread_id: str) -> Event:
        """The `approval_required` event of the actor's run paused in the checkpoints."""
        await self._owned_state(actor, thread_id)
        snapshot = await self.graph.aget_state({"configurable": {"thread_id": thread_id}})
        if not snapshot.interrupts:
            raise _no_run(thread_id)
        return {"type": "approval_required", "thread_id": thread_id, **snapshot.interrupts[0].value}

    async def follow(
        self,
        ctx: SqlContext,
        actor: Actor,
        paused: Event,
        *,
        target: Target | None = None,
        timeout_s: float | None = None,
    ) -> AsyncIterator[Event]:
        """Wait for the paused run's ticket, say how it was decided, then finish the run."""
        ticket = await wait_for_decision(
            ctx.app_db, paused["ticket_id"], timeout_s=timeout_s, listener=ctx.approvals
        )
        if ticket.status == "PENDING_APPROVAL":
            return
        outcome = "approved" if ticket.status == "APPROVED" else ticket.status.lower()
        yield {"type": outcome, "ticket_id": ticket.id, "thread_id": paused["thread_id"]}
        async for event in self.resume(ctx, actor, thread_id=paused["thread_id"], target=target):
            yield event

    async def resumed(self, ctx: SqlContext, actor: Actor, *, thread_id: str) -> Event:
        """The final event of the actor's paused run, resumed now (its ticket was decided)."""
        last: Event = {}
        async for event in self.resume(ctx, actor, thread_id=thread_id):
            last = event
        return last

    async def _owned_state(self, actor: Actor, thread_id: str) -> dict[str, Any]:
        """A run's state, if it is the actor's (or the actor is an admin)."""
        snapshot = await self.graph.aget_state({"configurable": {"thread_id": thread_id}})
        values = dict(snapshot.values or {})
        if "target" not in values:
            raise _no_run(thread_id)
        if not (actor.is_admin or actor.is_(values.get("owner_id"), str(values.get("owner")))):
            raise _no_run(thread_id)
        return values

    async def _events(self, run: SqlRun, start: Any, thread_id: str) -> AsyncIterator[Event]:
        config: Any = {"configurable": {"thread_id": thread_id}}
        final: Event | None = None
        # "exit": a run is saved when it stops, so a pause for approval is durable without a
        # checkpoint write per node (a run that crashes mid-way is simply asked again).
        async for chunk in self.graph.astream(
            start,
            config=config,
            context=run,
            stream_mode="updates",
            durability="exit",
        ):
            for node, update in chunk.items():
                if node == "__interrupt__":
                    final = {"type": "approval_required", "thread_id": thread_id}
                    final |= update[0].value
                elif node == "respond":
                    answer = update["answer"]
                    kind = "error" if answer["status"] == "error" else "result"
                    final = {"type": kind, "thread_id": thread_id, **answer}
                else:
                    data = {k: v for k, v in (update or {}).items() if k not in HIDDEN}
                    yield {"type": "step", "node": node, "data": data}
        # Only after the stream ends is the run saved (durability "exit"): answer then.
        if final is not None:
            yield final

    async def ask(
        self,
        ctx: SqlContext,
        actor: Actor,
        *,
        question: str,
        target: str | None,
        wait: bool = False,
        timeout_s: float | None = None,
        force_approval: bool = False,
    ) -> Event:
        """The final event of a question; with `wait`, waits for a ticket's decision too."""
        chosen = door.target_for(ctx, actor, target)
        last: Event = {}
        async for event in self.stream(
            ctx, actor, question=question, target=chosen, force_approval=force_approval
        ):
            last = event
        if wait and last.get("type") == "approval_required":
            async for event in self.follow(ctx, actor, last, target=chosen, timeout_s=timeout_s):
                last = event
        return last


def _no_run(thread_id: str) -> NotFound:
    return NotFound(f"no run {thread_id!r} of yours is waiting for approval", error_code="NO_RUN")
