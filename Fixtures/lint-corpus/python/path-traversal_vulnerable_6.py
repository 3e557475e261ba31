import os
import shutil
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
BASE = "/srv/reports"


@app.get("/reports/{filename}")
def report(filename: str):
    return FileResponse(os.path.join(BASE, filename))  # expect: path-traversal


@app.delete("/workspaces/{owner}")
def delete_workspace(owner: str):
    shutil.rmtree(Path("/srv/workspaces") / owner)  # expect: path-traversal
    return {"deleted": owner}
