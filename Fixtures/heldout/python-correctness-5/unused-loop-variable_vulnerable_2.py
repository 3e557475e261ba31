"""RQ worker job: resize uploaded product photos into several sizes."""
from PIL import Image
from rq import Queue
from redis import Redis

SIZES = {"thumb": (160, 160), "card": (480, 480), "zoom": (1600, 1600)}

queue = Queue("images", connection=Redis())


def resize_all(path):
    written = []
    with Image.open(path) as original:
        for label, (width, height) in SIZES.items():  # expect: unused-loop-variable
            copy = original.copy()
            copy.thumbnail((width, height))
            target = path.replace(".jpg", f"-{width}x{height}.jpg")
            copy.save(target, quality=85)
            written.append(target)
    return written


def enqueue_folder(paths):
    return [queue.enqueue(resize_all, path).id for path in paths]
