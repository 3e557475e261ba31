"""Log viewer for the ops dashboard (Django)."""
import re

from django.http import JsonResponse

LOG_FILE = "/var/log/app/app.log"


def grep_lines(lines, needle, flags):
    regex = re.compile(needle, flags)  # expect: regex-injection
    return [line for line in lines if regex.search(line)]


def log_search(request):
    params = request.GET
    opts = {"needle": params.get("pattern", "ERROR"), "icase": params.get("icase") == "on"}
    with open(LOG_FILE, encoding="utf-8") as fh:
        lines = fh.readlines()[-5000:]
    hits = grep_lines(lines, opts["needle"], re.I if opts["icase"] else 0)
    return JsonResponse({"hits": hits[:200]})


def split_values(request):
    sep = request.GET.get("sep", ",")
    parts = re.split(sep, request.GET.get("values", ""))  # expect: regex-injection
    return JsonResponse({"parts": parts})
