"""Quart app for the documentation portal: raw markdown and attachment uploads."""
from pathlib import Path

from quart import Quart, abort, request, send_file

app = Quart(__name__)

DOCS = Path("/srv/portal/docs")
ATTACHMENTS = Path("/srv/portal/attachments")


@app.get("/raw")
async def raw_page():
    section = request.args.get("section", "guide")
    page = request.args.get("page")
    if not page:
        abort(400)
    source = DOCS / section / f"{page}.md"
    return await send_file(source, mimetype="text/markdown")  # expect: path-traversal


@app.post("/attachments/<ticket>")
async def upload_attachment(ticket: str):
    files = await request.files
    upload = files.get("file")
    if upload is None:
        abort(400)
    folder = ATTACHMENTS.joinpath(ticket)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / upload.filename
    data = upload.read()
    with open(dest, "wb") as fh:  # expect: path-traversal
        fh.write(data)
    return {"stored": upload.filename, "bytes": len(data)}, 201
