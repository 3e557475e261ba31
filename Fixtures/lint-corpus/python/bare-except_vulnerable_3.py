import json
import logging

log = logging.getLogger(__name__)


def load_settings(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except:  # expect: bare-except
        return {}


async def consume(queue, handle):
    while True:
        try:
            item = await queue.get()
            await handle(item)
        except:  # expect: bare-except
            log.exception("handler failed")
