import os
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse

MEDIA = Path(settings.MEDIA_ROOT).resolve()


def download(request):
    candidate = (MEDIA / request.GET["name"]).resolve()
    if not candidate.is_relative_to(MEDIA):
        raise Http404()
    return FileResponse(open(candidate, "rb"))


def delete_upload(request):
    name = os.path.basename(request.POST.get("path", ""))
    os.unlink(os.path.join(settings.MEDIA_ROOT, name))
    return HttpResponse(status=204)


def report(request):
    year = int(request.GET.get("year", "2024"))
    with open(f"/srv/reports/{year}.csv") as fh:
        return HttpResponse(fh.read(), content_type="text/csv")
