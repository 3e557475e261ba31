"""Remote image import for the CMS (Django + urllib)."""
from urllib.request import Request, urlopen

from django.core.files.base import ContentFile
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Image


def download(url, headers=None):
    req = Request(url, headers=headers or {"User-Agent": "cms-importer/1.0"})
    with urlopen(req, timeout=10) as resp:  # expect: ssrf
        return resp.read()


@require_POST
def import_image(request):
    source = request.POST["source_url"]
    data = download(source)
    image = Image(title=request.POST.get("title", ""))
    image.file.save("import.jpg", ContentFile(data))
    return JsonResponse({"id": image.pk})
