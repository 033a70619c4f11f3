"""Audit: frozen events, written by one writer, read back for the log and for undo."""
