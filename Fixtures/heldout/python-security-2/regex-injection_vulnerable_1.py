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
    hits = []
    for line in tail_lines(service, 5000):
        if re.match(r"\[" + prefix + r"[0-9a-f]*\]", line):  # expect: regex-injection
            hits.append(line)
    return JsonResponse({"matches": hits})
