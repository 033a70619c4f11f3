"""The HTTP face: REST, WebSocket and web pages over the core services."""
