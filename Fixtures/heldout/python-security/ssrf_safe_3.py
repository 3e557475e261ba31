"""Remote image import for the CMS (Django + urllib), restricted to the stock photo providers."""
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.core.files.base import ContentFile
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Image

PROVIDERS = {"images.unsplash.com", "images.pexels.com"}


def download(url, headers=None):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in PROVIDERS:
        raise ValueError("provider not allowed")
    req = Request(url, headers=headers or {"User-Agent": "cms-importer/1.0"})
    with urlopen(req, timeout=10) as resp:
        return resp.read()


@require_POST
def import_image(request):
    source = request.POST["source_url"]
    try:
        data = download(source)
    except ValueError:
        return HttpResponseBadRequest("only stock photo providers are allowed")
    image = Image(title=request.POST.get("title", ""))
    image.file.save("import.jpg", ContentFile(data))
    return JsonResponse({"id": image.pk})
