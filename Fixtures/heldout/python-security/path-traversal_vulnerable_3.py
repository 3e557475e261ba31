"""Theme and export endpoints of the notes app (FastAPI)."""
import shutil
from pathlib import Path

from fastapi import FastAPI, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
DATA = Path("/var/lib/notes")


def theme_file(theme: str, asset: str) -> Path:
    return DATA / "themes" / theme / asset


@app.get("/themes/{theme}/{asset:path}")
def theme_asset(theme: str, asset: str):
    return FileResponse(theme_file(theme, asset))  # expect: path-traversal


@app.get("/export")
def export(notebook: str):
    text = (DATA / "notebooks" / f"{notebook}.md").read_text(encoding="utf-8")  # expect: path-traversal
    return {"notebook": notebook, "markdown": text}


@app.post("/import")
async def import_notes(file: UploadFile):
    target = DATA / "inbox" / file.filename
    with target.open("wb") as out:  # expect: path-traversal
        shutil.copyfileobj(file.file, out)
    return {"stored": file.filename}
