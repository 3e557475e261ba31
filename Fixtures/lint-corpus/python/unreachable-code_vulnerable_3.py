import logging

log = logging.getLogger(__name__)


def retry(task, attempts=3):
    for attempt in range(attempts):
        try:
            return task()
        except TimeoutError:
            continue
            log.warning("attempt %d timed out", attempt)  # expect: unreachable-code
    raise RuntimeError("gave up")


def first_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            break
            log.debug("found %d", n)  # expect: unreachable-code
    else:
        return None
    return n
