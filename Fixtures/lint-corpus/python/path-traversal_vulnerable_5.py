import os

from django.conf import settings
from django.http import FileResponse, HttpResponse


def download(request):
    filename = request.GET["name"]
    full = os.path.join(settings.MEDIA_ROOT, filename)
    return FileResponse(open(full, "rb"))  # expect: path-traversal


def delete_upload(request):
    target = settings.MEDIA_ROOT + "/" + request.POST.get("path", "")
    os.unlink(target)  # expect: path-traversal
    return HttpResponse(status=204)


def preview(request):
    name = request.GET.get("name", "")
    resolved = os.path.realpath(os.path.join(settings.MEDIA_ROOT, name))
    if not resolved.endswith(".txt"):
        return HttpResponse(status=400)
    with open(resolved) as fh:  # expect: path-traversal
        return HttpResponse(fh.read(), content_type="text/plain")
