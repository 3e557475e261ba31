"""Admin tools for the media server (Django)."""
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

MEDIA_ROOT = "/srv/media"


def ffmpeg_args(source, fmt, bitrate):
    args = ["ffmpeg", "-y", "-i", source]
    args += ["-b:a", bitrate]
    args.append(source.rsplit(".", 1)[0] + "." + fmt)
    return " ".join(args)


@staff_member_required
def transcode(request):
    source = MEDIA_ROOT + "/" + request.POST["file"]
    command = ffmpeg_args(source, request.POST.get("format", "mp3"), request.POST.get("bitrate", "192k"))
    result = subprocess.run(command, shell=True, capture_output=True, text=True)  # expect: command-injection
    return JsonResponse({"code": result.returncode})


@staff_member_required
def disk_usage(request):
    folder = request.GET.get("folder", "")
    proc = subprocess.Popen(["/bin/sh", "-c", f"du -sh {MEDIA_ROOT}/{folder}"], stdout=subprocess.PIPE, text=True)  # expect: command-injection
    out, _ = proc.communicate()
    return JsonResponse({"usage": out.strip()})
