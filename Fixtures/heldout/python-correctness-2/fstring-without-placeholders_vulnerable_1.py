import logging
import shutil
from pathlib import Path

log = logging.getLogger("backup")


def backup(source: Path, target: Path, dry_run: bool = False) -> int:
    log.info(f"starting backup")  # expect: fstring-without-placeholders
    if not source.exists():
        raise FileNotFoundError(f"source folder is missing")  # expect: fstring-without-placeholders
    copied = 0
    for item in source.rglob("*"):
        if item.is_file():
            dest = target / item.relative_to(source)
            if not dry_run:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(item, dest)
            copied += 1
    log.info("copied %d files from %s", copied, source)
    return copied
