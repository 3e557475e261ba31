import os
import tempfile
from pathlib import Path


def scratch_dir():
    base = os.environ.get("TMPDIR", "/tmp")
    return tempfile.mkdtemp(prefix="app-", dir=base)


def cache_path():
    return Path.home() / ".cache" / "app" / "cache.db"


def export_pdf(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(dir="/tmp", suffix=".pdf", delete=False) as fh:
        fh.write(data)
        return fh.name
