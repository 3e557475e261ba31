import os
import shutil

import pyinotify

WATCH_DIR = os.environ.get("INBOX_DIR", "/srv/scanner/inbox")
MASK = pyinotify.IN_CLOSE_WRITE | pyinotify.IN_MOVED_TO


class ScanHandler(pyinotify.ProcessEvent):
    def my_init(self, archive_dir):
        self.archive_dir = archive_dir
        self.count = 0

    def process_IN_CLOSE_WRITE(self, event):
        if not event.name.lower().endswith(".pdf"):
            return
        self.count += 1
        target = os.path.join(self.archive_dir, f"{self.count:05d}-{event.name}")
        shutil.move(event.pathname, target)
        print(f"archived {event.name} -> {target}")

    def process_IN_MOVED_TO(self, event):
        self.process_IN_CLOSE_WRITE(event)


def main():
    manager = pyinotify.WatchManager()
    handler = ScanHandler(archive_dir=os.path.join(WATCH_DIR, "..", "archive"))
    notifier = pyinotify.Notifier(manager, handler)
    manager.add_watch(WATCH_DIR, MASK, rec=False)
    print(f"watching {WATCH_DIR}")
    notifier.loop()


if __name__ == "__main__":
    main()
