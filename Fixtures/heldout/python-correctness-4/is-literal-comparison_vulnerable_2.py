"""Worker that converts uploaded audio with ffmpeg (subprocess)."""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger("transcoder")


def transcode(src: Path, fmt: str = "mp3") -> Path | None:
    out = src.with_suffix("." + fmt)
    proc = subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode is not 0 or proc.stderr is not "":  # expect: is-literal-comparison
        log.warning("ffmpeg failed on %s: %s", src.name, proc.stderr.strip())
        return None
    return out


def choose_format(request: dict) -> str:
    fmt = request.get("format", "mp3")
    if fmt is "ogg":  # expect: is-literal-comparison
        return "ogg"
    return "mp3"
