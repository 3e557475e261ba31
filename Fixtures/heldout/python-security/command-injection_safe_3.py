"""Admin tools for the media server (Django)."""
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse

from .models import MediaFile

FORMATS = {"mp3", "ogg", "flac"}
BITRATES = {"128k", "192k", "320k"}


@staff_member_required
def transcode(request):
    media = MediaFile.objects.get(pk=int(request.POST["id"]))
    fmt = request.POST.get("format", "mp3")
    bitrate = request.POST.get("bitrate", "192k")
    if fmt not in FORMATS or bitrate not in BITRATES:
        return HttpResponseBadRequest("unsupported")
    args = ["ffmpeg", "-y", "-i", media.path, "-b:a", bitrate, media.path.rsplit(".", 1)[0] + "." + fmt]
    result = subprocess.run(args, capture_output=True, text=True)
    return JsonResponse({"code": result.returncode})


@staff_member_required
def disk_usage(request):
    proc = subprocess.Popen(["/bin/sh", "-c", "du -sh /srv/media | cut -f1"], stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate()
    return JsonResponse({"usage": out.strip()})
