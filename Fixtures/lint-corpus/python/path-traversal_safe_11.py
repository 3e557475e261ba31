"""Report archive: files are named by their UUID, checked before the path is built."""
import os
import uuid

from django.http import FileResponse, HttpResponseBadRequest

ARCHIVE = "/srv/reports"


def download(request):
    report_id = request.GET.get("id", "")
    try:
        uuid.UUID(report_id)
    except ValueError:
        return HttpResponseBadRequest("not a report id")
    return FileResponse(open(os.path.join(ARCHIVE, report_id + ".pdf"), "rb"))
