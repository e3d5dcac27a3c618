"""``python -m newsparse`` runs the command line."""

from .cli import main

main()
