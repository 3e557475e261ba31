"""Worker that converts uploaded audio with ffmpeg (subprocess)."""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger("transcoder")


def transcode(src: Path, fmt: str = "mp3", dry_run: bool = False) -> Path | None:
    out = src.with_suffix("." + fmt)
    if dry_run is True:
        return out
    proc = subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0 or proc.stderr:
        log.warning("ffmpeg failed on %s: %s", src.name, proc.stderr.strip())
        return None
    return out


def same_file(a: Path, b: Path) -> bool:
    left, right = a.resolve(), b.resolve()
    return left is right or left == right
