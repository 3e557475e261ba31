import json
import logging
import os

log = logging.getLogger(__name__)
CONFIG_PATH = os.path.expanduser("~/.todo.json")


def load_todos():
    try:
        with open(CONFIG_PATH, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return []
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        log.warning("todo file unreadable: %s", exc)
        return []


def save_todos(todos):
    tmp = CONFIG_PATH + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(todos, fh, indent=2)
    try:
        os.replace(tmp, CONFIG_PATH)
    except OSError:
        log.exception("could not save the list")
        raise
