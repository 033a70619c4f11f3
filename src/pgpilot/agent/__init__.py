"""Agent graphs (LangGraph): the task assistant."""
