import os
import tarfile
from pathlib import Path

from django.http import FileResponse, Http404

MEDIA_ROOT = Path("/srv/media").resolve()


def media(request, relative):
    candidate = (MEDIA_ROOT / request.GET.get("file", "")).resolve()
    if not candidate.is_relative_to(MEDIA_ROOT):
        raise Http404("no such file")
    return FileResponse(open(candidate, "rb"))


def extract_upload(request):
    upload = request.FILES["archive"]
    target = "/srv/imports"
    with tarfile.open(fileobj=upload) as archive:
        for member in archive.getmembers():
            dest = os.path.abspath(os.path.join(target, member.name))
            if os.path.commonpath([target, dest]) != target:
                raise ValueError(f"unsafe path in archive: {member.name}")
        archive.extractall(target)
    return FileResponse(open(os.path.join(target, "manifest.json"), "rb"))
