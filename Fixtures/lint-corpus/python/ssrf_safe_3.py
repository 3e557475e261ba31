from urllib.parse import urlparse

import requests
from django.http import HttpResponseBadRequest, JsonResponse

ALLOWED_HOSTS = {"api.github.com", "gitlab.com"}


def import_repo(request):
    repo_url = request.POST.get("repo_url", "")
    parsed = urlparse(repo_url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("unsupported repository host")
    reply = requests.get(repo_url, timeout=10)
    return JsonResponse({"status": reply.status_code})


def avatar(request):
    size = int(request.GET.get("size", 80))
    reply = requests.get(f"https://www.gravatar.com/avatar/00000000000000000000000000000000?s={size}", timeout=5)
    return JsonResponse({"bytes": len(reply.content)})
