"""`python -m pgpilot`."""

from pgpilot.cli.main import main

main()
