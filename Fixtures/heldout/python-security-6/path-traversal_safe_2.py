"""Django Ninja upload endpoints for the photo contest."""
import uuid
from pathlib import Path

from ninja import File, NinjaAPI
from ninja.errors import HttpError
from ninja.files import UploadedFile

api = NinjaAPI(urls_namespace="contest")
ENTRIES = Path("/srv/contest/entries").resolve()
ROUNDS = {"spring", "summer", "autumn", "winter"}
SUFFIXES = {".jpg", ".jpeg", ".png"}


@api.post("/entries/{round_name}")
def submit(request, round_name: str, photo: UploadedFile = File(...)):
    suffix = Path(photo.name).suffix.lower()
    if round_name not in ROUNDS or suffix not in SUFFIXES:
        raise HttpError(400, "bad entry")
    stored = f"{uuid.uuid4().hex}{suffix}"
    with (ENTRIES / round_name / stored).open("wb") as out:
        for chunk in photo.chunks():
            out.write(chunk)
    return {"stored": stored}


@api.get("/entries/{round_name}/caption")
def caption(request, round_name: str, entry: str):
    path = (ENTRIES / round_name / f"{entry}.txt").resolve()
    if round_name not in ROUNDS or not path.is_relative_to(ENTRIES):
        raise HttpError(404, "no caption")
    return {"caption": path.read_text(encoding="utf-8")}
