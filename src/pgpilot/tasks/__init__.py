"""The task assistant's tools: add, list, update, complete, delete (and restore) tasks."""
