import json
import logging

log = logging.getLogger(__name__)


def load_settings(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, json.JSONDecodeError):
        return {}


async def consume(queue, handle):
    while True:
        item = await queue.get()
        try:
            await handle(item)
        except Exception:
            log.exception("handler failed")
