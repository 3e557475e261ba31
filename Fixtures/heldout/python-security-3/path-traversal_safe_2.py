from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.views.decorators.http import require_GET

EXPORT_ROOT = Path(settings.MEDIA_ROOT, "exports").resolve()
ALLOWED_SUFFIXES = {".csv", ".xlsx", ".pdf"}


def resolve_export(owner: str, filename: str) -> Path:
    candidate = (EXPORT_ROOT / owner / filename).resolve()
    try:
        candidate.relative_to(EXPORT_ROOT / owner)
    except ValueError:
        raise Http404("no such export") from None
    if candidate.suffix not in ALLOWED_SUFFIXES:
        raise Http404("no such export")
    return candidate


@require_GET
def download_export(request):
    filename = request.GET.get("file", "")
    if not filename:
        return HttpResponseBadRequest("file is required")
    path = resolve_export(request.user.username, filename)
    if not path.is_file():
        raise Http404("no such export")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
