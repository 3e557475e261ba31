import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)
SAVE_FILE = Path.home() / ".snake_highscores.json"


def load_scores():
    try:
        return json.loads(SAVE_FILE.read_text())
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as exc:
        log.warning("high score file is corrupt (%s), starting fresh", exc)
        return {}


def save_scores(scores):
    tmp = SAVE_FILE.with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps(scores))
        tmp.replace(SAVE_FILE)
    except OSError:
        log.exception("could not save high scores")
        raise
