"""The app database: embedded server, connection URLs, migrations, demo target."""
