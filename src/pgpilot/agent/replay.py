"""Stored messages as the model saw them, each built once per process.

A stored message never changes, so its LangChain messages (about a dozen microseconds each
to validate) are kept by the message's id: a turn builds only what is new since the last one,
however long the history window.
"""

from collections import OrderedDict
from collections.abc import Sequence
from typing import Final

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from pgpilot.chat.transcript import Entry

KEPT: Final = 5000  # stored messages kept built: the windows of a hundred busy conversations


def replay(entries: Sequence[Entry]) -> list[BaseMessage]:
    """Stored messages as the model saw them: each answer after its tool calls and results."""
    return [message for entry in entries for message in messages_of(entry)]


def messages_of(entry: Entry) -> tuple[BaseMessage, ...]:
    """One stored message as LangChain messages, with ids made from its row's.

    With ids, LangGraph need not draw a uuid for every message of the history on every turn.
    """
    if entry.role == "user":
        return (HumanMessage(entry.content, id=entry.id),)
    built: list[BaseMessage] = []
    for call in entry.tool_calls:
        built.append(
            AIMessage(
                content="",
                tool_calls=[{"name": call.tool, "args": call.arguments, "id": call.id}],
                id=f"{call.id}:call",
            )
        )
        built.append(
            ToolMessage(
                content=call.result or "{}",
                tool_call_id=call.id,
                name=call.tool,
                id=f"{call.id}:result",
            )
        )
    built.append(AIMessage(entry.content, id=entry.id))
    return tuple(built)


class Replayer:
    """`replay` that remembers the last `kept` stored messages it built, least recent out."""

    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self._built: OrderedDict[str, tuple[BaseMessage, ...]] = OrderedDict()

    def __call__(self, entries: Sequence[Entry]) -> list[BaseMessage]:
        """The entries as messages, building only those not seen lately."""
        replayed: list[BaseMessage] = []
        for entry in entries:
            built = self._built.get(entry.id)
            if built is None:
                built = self._built[entry.id] = messages_of(entry)
                if len(self._built) > self.kept:
                    self._built.popitem(last=False)
            else:
                self._built.move_to_end(entry.id)
            replayed += built
        return replayed
