import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
UPLOADS = Path("/srv/uploads")
MAX_SIDE = 4096


@app.post("/images/<image_id>/resize")
def resize(image_id):
    try:
        name = str(uuid.UUID(image_id))
        width = int(request.form.get("width", "800"))
        height = int(request.form.get("height", "600"))
    except ValueError:
        abort(400)
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        abort(400)
    src = UPLOADS / f"{name}.png"
    dst = UPLOADS / f"{name}-{width}x{height}.png"
    argv = ["convert", str(src), "-resize", f"{width}x{height}"]
    argv.append(str(dst))
    subprocess.run(argv, check=True, timeout=30)
    return jsonify({"resized": dst.name})
