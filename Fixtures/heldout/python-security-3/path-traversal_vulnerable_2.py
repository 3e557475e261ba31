from pathlib import Path

from fastapi import FastAPI, File, Form, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()
STORE = Path("/srv/avatars")


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, variant: str = Form("default"), image: UploadFile = File(...)):
    folder = STORE / str(user_id)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / variant / image.filename
    data = await image.read()
    dest.write_bytes(data)  # expect: path-traversal
    return {"stored": dest.name}


@app.get("/avatars/{user_id}/{name:path}")
async def get_avatar(user_id: int, name: str):
    return FileResponse(STORE.joinpath(str(user_id), name))  # expect: path-traversal
