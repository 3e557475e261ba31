import subprocess
from pathlib import Path
from tempfile import mktemp

LOCK_FILE = Path("/var/tmp/deploy.lock")  # expect: insecure-temp-file


def convert(data: bytes) -> bytes:
    src = mktemp(".docx")  # expect: insecure-temp-file
    Path(src).write_bytes(data)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", src], check=True)
    return Path(src).with_suffix(".pdf").read_bytes()


def acquire_lock():
    if LOCK_FILE.exists():
        return False
    LOCK_FILE.write_text("locked")
    return True
