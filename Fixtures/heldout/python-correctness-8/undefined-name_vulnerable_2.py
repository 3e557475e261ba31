from huey import SqliteHuey

from .thumbnails import render_thumbnail, store_thumbnail

huey = SqliteHuey(filename="/var/lib/gallery/tasks.db")
THUMB_SIZES = (128, 512)


@huey.task(retries=2, retry_delay=30)
def make_thumbnails(photo_id: int, source_path: str) -> list[str]:
    stored = []
    for size in THUMB_SIZES:
        image = render_thumbnail(source_path, size)
        if image is None:
            continue
        stored.append(store_thumbnail(photo_id, size, imgae))  # expect: undefined-name
    return stored


@huey.signal()
def on_signal(signal, task, exc=None):
    if exc is not None:
        logger.warning("task %s %s: %s", task.id, signal, exc)  # expect: undefined-name
