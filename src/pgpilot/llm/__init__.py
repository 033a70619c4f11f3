"""LLM providers and the offline planner: langchain chat models pgpilot talks to."""
