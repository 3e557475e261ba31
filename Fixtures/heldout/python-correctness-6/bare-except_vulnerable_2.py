"""watchdog handler that imports CSV drops from the scanner share."""
import csv
import logging
import shutil
from pathlib import Path

from watchdog.events import FileSystemEventHandler

from inventory.importer import import_rows

log = logging.getLogger(__name__)


class DropHandler(FileSystemEventHandler):
    def __init__(self, done_dir: Path, failed_dir: Path):
        self.done_dir = done_dir
        self.failed_dir = failed_dir

    def on_created(self, event):
        if event.is_directory or not event.src_path.endswith(".csv"):
            return
        path = Path(event.src_path)
        try:
            with path.open(newline="", encoding="utf-8") as fh:
                import_rows(csv.DictReader(fh))
        except:  # expect: bare-except
            log.warning("import failed for %s", path.name)
            shutil.move(str(path), self.failed_dir / path.name)
            return
        shutil.move(str(path), self.done_dir / path.name)
