import io
import tarfile

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/themes", methods=["POST"])
def upload_theme():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:gz") as archive:
        archive.extractall(UPLOADS)  # expect: path-traversal
    return {"ok": True}


@app.route("/plugins", methods=["POST"])
def upload_plugin():
    tarfile.open(fileobj=io.BytesIO(request.data)).extractall(UPLOADS)  # expect: path-traversal
    return {"ok": True}
