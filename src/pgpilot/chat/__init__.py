"""Conversations of the task assistant: messages, their tool calls, titles."""
