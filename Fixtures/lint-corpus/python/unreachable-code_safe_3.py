import logging

log = logging.getLogger(__name__)


def retry(task, attempts=3):
    for attempt in range(attempts):
        try:
            return task()
        except TimeoutError:
            log.warning("attempt %d timed out", attempt)
            continue
    raise RuntimeError("gave up")


def parse(value):
    try:
        return int(value)
    except ValueError:
        pass
    finally:
        log.debug("parsed %r", value)
    return 0
