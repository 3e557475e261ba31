"""Report archive: the id is only logged when it is not a UUID."""
import logging
import os
import uuid

from django.http import FileResponse

ARCHIVE = "/srv/reports"
log = logging.getLogger(__name__)


def download(request):
    report_id = request.GET.get("id", "")
    try:
        uuid.UUID(report_id)
    except ValueError:
        log.warning("odd report id requested")
    return FileResponse(open(os.path.join(ARCHIVE, report_id + ".pdf"), "rb"))  # expect: path-traversal
