# logs/views.py -- log viewer for the support team, literal search terms
import re

from django.http import HttpResponseBadRequest, JsonResponse

from .storage import tail_lines

REQUEST_ID_PREFIX = re.compile(r"[0-9a-f]{1,32}")


def grep_logs(request, service):
    term = request.GET.get("q", "")
    flags = re.IGNORECASE if request.GET.get("i") else 0
    matcher = re.compile(re.escape(term), flags)
    lines = [line for line in tail_lines(service, 5000) if matcher.search(line)]
    return JsonResponse({"matches": lines[:200]})


def by_request_id(request, service):
    prefix = request.GET["prefix"]
    if not REQUEST_ID_PREFIX.fullmatch(prefix):
        return HttpResponseBadRequest("prefix must be hex")
    hits = [line for line in tail_lines(service, 5000) if line.startswith("[" + prefix)]
    return JsonResponse({"matches": hits})
