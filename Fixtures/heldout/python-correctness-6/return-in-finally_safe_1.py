"""psutil watchdog that restarts the kiosk browser when it eats too much memory."""
import logging
import subprocess

import psutil

log = logging.getLogger(__name__)
LIMIT_MB = 1500


def browser_memory_mb(name="chromium"):
    total = 0
    try:
        for proc in psutil.process_iter(["name", "memory_info"]):
            if proc.info["name"] == name:
                total += proc.info["memory_info"].rss
    except psutil.Error as exc:
        log.warning("process scan failed: %s", exc)
    return total // (1024 * 1024)


def check_and_restart():
    for attempt in range(3):
        try:
            used = browser_memory_mb()
            if used > LIMIT_MB:
                subprocess.run(["systemctl", "restart", "kiosk-browser"], check=True)
                log.warning("restarted browser at %d MB (attempt %d)", used, attempt)
        finally:
            log.debug("check %d done", attempt)
        if attempt == 1:
            break
