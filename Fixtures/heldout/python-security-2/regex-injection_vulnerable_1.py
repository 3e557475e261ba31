# logs/views.py -- log viewer for the support team
import re

from django.http import JsonResponse

from .storage import tail_lines


def grep_logs(request, service):
    term = request.GET.get("q", "")
    flags = re.IGNORECASE if request.GET.get("i") else 0
    matcher = re.compile(term, flags)  # expect: regex-injection
    lines = [line for line in tail_lines(service, 5000) if matcher.search(line)]
    return JsonResponse({"matches": lines[:200]})


def by_request_id(request, service):
    prefix = request.GET["prefix"]
    text = "\n".join(tail_lines(service, 5000))
    hits = re.findall(r"^\[" + prefix + r"[0-9a-f]*\].*$", text, re.MULTILINE)  # expect: regex-injection
    return JsonResponse({"matches": hits})
