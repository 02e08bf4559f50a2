"""`python -m newsetl.quality`: save the suites of suites.py into the repository's gx/ context.

Run it after changing suites.py and commit what changed under gx/. Checks do the same on the
fly, but with gx/ committed up to date a check never writes into the checkout.
"""
import tempfile
from pathlib import Path

from newsetl.quality.context import open_context, sync_definitions


def main() -> None:
    # Syncing validates nothing: the warehouse-side stores can point at a throwaway folder.
    with tempfile.TemporaryDirectory() as scratch:
        saved = sync_definitions(open_context(Path(scratch)))
    print("gx/ is up to date" if not saved else "saved into gx/: " + ", ".join(saved))


if __name__ == "__main__":
    main()
