# documents/views.py -- shared drive for project teams, checked paths
import os

from django.conf import settings
from django.http import FileResponse, Http404

DRIVE_ROOT = os.path.realpath(os.path.join(settings.BASE_DIR, "drive"))


def resolve_in_drive(*parts):
    candidate = os.path.realpath(os.path.join(DRIVE_ROOT, *parts))
    if os.path.commonpath([DRIVE_ROOT, candidate]) != DRIVE_ROOT:
        raise Http404("no such document")
    return candidate


def download(request, team):
    folder = request.GET.get("folder", "")
    filename = request.GET["file"]
    full = resolve_in_drive(team, folder, filename)
    if not os.path.isfile(full):
        raise Http404("no such document")
    handle = open(full, "rb")
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(full))


def preview(request, team, doc_id: int):
    # doc_id comes from an <int:doc_id> route converter
    name = "%d.pdf" % doc_id
    full = os.path.join(DRIVE_ROOT, "previews", name)
    return FileResponse(open(full, "rb"), content_type="application/pdf")
