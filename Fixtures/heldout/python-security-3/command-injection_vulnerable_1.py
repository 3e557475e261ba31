import subprocess
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
MEDIA = Path("/srv/media")


class Transcoder:
    def __init__(self, preset):
        self.preset = preset
        self.flags = ["-y", "-loglevel", "error"]

    def command(self, source, start, width):
        parts = ["ffmpeg", *self.flags, "-ss", start, "-i", str(source)]
        parts += ["-vframes", "1", "-vf", f"scale={width}:-1", "-preset", self.preset]
        parts.append(str(source.with_suffix(".jpg")))
        return " ".join(parts)


@app.post("/videos/<int:video_id>/thumbnail")
def thumbnail(video_id):
    source = MEDIA / f"{video_id}.mp4"
    if not source.exists():
        abort(404)
    job = Transcoder(request.form.get("preset", "fast"))
    cmd = job.command(source, request.form.get("at", "00:00:01"), request.form.get("width", "320"))
    subprocess.run(cmd, shell=True, check=True, timeout=60)  # expect: command-injection
    return send_file(source.with_suffix(".jpg"), mimetype="image/jpeg")
