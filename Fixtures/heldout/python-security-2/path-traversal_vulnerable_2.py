# documents/views.py -- shared drive for project teams
import os
import shutil

from django.conf import settings
from django.http import FileResponse, JsonResponse
from django.views.decorators.http import require_POST

DRIVE_ROOT = os.path.join(settings.BASE_DIR, "drive")


def download(request, team):
    folder = request.GET.get("folder", "")
    filename = request.GET["file"]
    full = os.path.join(DRIVE_ROOT, team, folder, filename)
    handle = open(full, "rb")  # expect: path-traversal
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(full))


@require_POST
def archive(request, team):
    names = request.POST.getlist("names")
    moved = []
    for name in names:
        src = DRIVE_ROOT + "/" + team + "/" + name
        dst = os.path.join(DRIVE_ROOT, team, ".archive", name)
        shutil.move(src, dst)  # expect: path-traversal
        moved.append(name)
    return JsonResponse({"archived": moved})
