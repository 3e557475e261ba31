"""RQ worker job: resize uploaded product photos into several sizes."""
from PIL import Image
from redis import Redis
from rq import Queue

SIZES = {"thumb": (160, 160), "card": (480, 480), "zoom": (1600, 1600)}

queue = Queue("images", connection=Redis())


def resize_all(path):
    written = {}
    with Image.open(path) as original:
        for label, (width, height) in SIZES.items():
            copy = original.copy()
            copy.thumbnail((width, height))
            target = path.replace(".jpg", f"-{label}.jpg")
            copy.save(target, quality=85)
            written[label] = target
    return written


def retry_failed(registry):
    for _job_id in registry.get_job_ids():
        registry.requeue(_job_id)
