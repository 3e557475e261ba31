"""The same uploader with the loop's values bound when each closure is made."""
import functools
import logging

log = logging.getLogger(__name__)


def upload(client, attempt, batch):
    log.info("uploading batch %d", attempt)
    response = client.post("/upload", json=batch.payload())
    if not response.ok:
        log.warning("batch %s failed: %s", batch.name, response.status_code)


def schedule_uploads(batches, scheduler, client):
    for attempt, batch in enumerate(batches):
        scheduler.enter(attempt * 5, 1, functools.partial(upload, client, attempt, batch))


def schedule_with_defaults(batches, scheduler, client):
    for attempt, batch in enumerate(batches):
        def retry(attempt=attempt, batch=batch):
            log.info("retrying batch %d", attempt)
            client.post("/upload", json=batch.payload())
        scheduler.enter(attempt * 5, 1, retry)
