"""Django class-based view that streams a user's backup archive."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import FileResponse, Http404
from django.views import View

ALLOWED_SUFFIXES = {".zip", ".tar.gz", ".json"}


def backup_file(user_id: int, name: str) -> Path:
    root = (Path(settings.BACKUP_ROOT) / str(user_id)).resolve()
    candidate = (root / name).resolve()
    if not candidate.is_relative_to(root):
        raise Http404("no such backup")
    if not any(candidate.name.endswith(suffix) for suffix in ALLOWED_SUFFIXES):
        raise Http404("no such backup")
    if not candidate.is_file():
        raise Http404("no such backup")
    return candidate


class BackupDownloadView(LoginRequiredMixin, View):
    def get(self, request, name):
        path = backup_file(request.user.pk, name)
        return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
