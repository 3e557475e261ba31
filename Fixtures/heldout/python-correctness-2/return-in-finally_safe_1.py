import csv
import logging

log = logging.getLogger("import")


def import_members(path, db):
    imported = 0
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                db.insert("members", row)
                imported += 1
        db.commit()
    except ValueError:
        db.rollback()
        raise
    finally:
        log.info("import of %s finished after %d rows", path, imported)
    return imported


def drain(queue, db):
    try:
        db.begin()
    finally:
        while queue:
            item = queue.popleft()
            if item is None:
                break
            db.insert("events", item)
        db.commit()
