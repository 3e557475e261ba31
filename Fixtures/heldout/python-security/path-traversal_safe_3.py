"""Theme and export endpoints of the notes app (FastAPI)."""
import re
import shutil
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
DATA = Path("/var/lib/notes").resolve()
THEMES = DATA / "themes"
NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def theme_file(theme: str, asset: str) -> Path:
    candidate = (THEMES / theme / asset).resolve()
    if THEMES not in candidate.parents:
        raise HTTPException(404)
    return candidate


@app.get("/themes/{theme}/{asset:path}")
def theme_asset(theme: str, asset: str):
    return FileResponse(theme_file(theme, asset))


@app.get("/export")
def export(notebook: str):
    if not NAME_RE.fullmatch(notebook):
        raise HTTPException(400, "bad notebook name")
    text = (DATA / "notebooks" / f"{notebook}.md").read_text(encoding="utf-8")
    return {"notebook": notebook, "markdown": text}


@app.post("/import")
async def import_notes(file: UploadFile):
    target = DATA / "inbox" / f"{uuid.uuid4().hex}.md"
    with target.open("wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"stored": target.name, "original": file.filename}
