import logging

log = logging.getLogger("backup")


def backup_summary(copied, skipped, seconds):
    log.info("starting summary")
    rate = copied / seconds if seconds else 0.0
    message = (
        f"copied {copied} files, "
        "skipped "
        f"{skipped}"
    )
    log.info(f"{message} at {rate:.1f} files/s")
    return f"{{done}} {message!r}"
