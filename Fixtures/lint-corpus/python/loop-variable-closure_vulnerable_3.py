"""Retry callbacks for a batch uploader: each closure reads several loop variables."""
import logging

log = logging.getLogger(__name__)


def schedule_uploads(batches, scheduler, client):
    for attempt, batch in enumerate(batches):
        def upload():
            log.info("uploading batch %d",
                     attempt)  # expect: loop-variable-closure
            response = client.post("/upload",
                                   json=batch.payload())  # expect: loop-variable-closure
            if not response.ok:
                log.warning("batch %s failed: %s",
                            batch.name,  # expect: loop-variable-closure
                            response.status_code)
        scheduler.enter(attempt * 5, 1, upload)
