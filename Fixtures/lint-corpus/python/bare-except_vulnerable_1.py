import json
import logging

logger = logging.getLogger(__name__)


def load_settings(path):
    try:
        with open(path) as handle:
            return json.load(handle)
    except:  # expect: bare-except
        return {}


def parse_age(text):
    try:
        return int(text)
    except:  # expect: bare-except
        logger.warning("not a number: %r", text)
        return None
