import os
import shutil
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = os.path.realpath("/srv/reports")


@app.get("/reports/{filename}")
def report(filename: str):
    path = os.path.realpath(os.path.join(BASE, filename))
    if os.path.commonpath([path, BASE]) != BASE:
        raise HTTPException(status_code=404)
    return FileResponse(path)


@app.delete("/workspaces/{owner}")
def delete_workspace(owner: str):
    shutil.rmtree(Path("/srv/workspaces") / Path(owner).name)
    return {"deleted": owner}
