"""Server-rendered pages for people: the approval page."""
