"""Accounts: password hashes, login tokens, per-user rate limits."""
