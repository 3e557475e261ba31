import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"
BUNDLED_THEMES = "/opt/app/themes.tar.gz"


@app.route("/themes", methods=["POST"])
def upload_theme():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:gz") as archive:
        archive.extractall(UPLOADS, filter="data")
    return {"ok": True}


@app.route("/bundles", methods=["POST"])
def upload_bundle():
    with zipfile.ZipFile(request.files["bundle"]) as bundle:
        bundle.extractall(UPLOADS)
    return {"ok": True}


def install_default_themes():
    with tarfile.open(BUNDLED_THEMES) as archive:
        archive.extractall(UPLOADS)
