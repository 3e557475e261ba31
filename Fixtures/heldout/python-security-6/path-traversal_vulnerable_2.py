"""Django Ninja upload endpoints for the photo contest."""
from pathlib import Path

from ninja import File, NinjaAPI
from ninja.files import UploadedFile

api = NinjaAPI(urls_namespace="contest")
ENTRIES = Path("/srv/contest/entries")


@api.post("/entries/{round_name}")
def submit(request, round_name: str, photo: UploadedFile = File(...)):
    target = ENTRIES / round_name / photo.name
    with target.open("wb") as out:  # expect: path-traversal
        for chunk in photo.chunks():
            out.write(chunk)
    return {"stored": photo.name}


@api.get("/entries/{round_name}/caption")
def caption(request, round_name: str, entry: str):
    text = ENTRIES.joinpath(round_name, entry + ".txt").read_text(encoding="utf-8")  # expect: path-traversal
    return {"caption": text}
