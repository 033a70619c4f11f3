"""The command-line face: `pgpilot …`."""
