"""Approval tickets: a human decides, outside the model's channel, before a risky write runs."""
