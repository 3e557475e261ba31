import json
import logging

logger = logging.getLogger(__name__)


def load_settings(path):
    try:
        with open(path) as handle:
            return json.load(handle)
    except (OSError, json.JSONDecodeError) as exc:
        logger.warning("using default settings: %s", exc)
        return {}


def parse_age(text):
    try:
        return int(text)
    except ValueError:
        return None
