"""Log viewer for the ops dashboard (Django)."""
import re

from django.http import JsonResponse

LOG_FILE = "/var/log/app/app.log"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def grep_lines(lines, needle, flags):
    regex = re.compile(re.escape(needle), flags)
    return [line for line in lines if regex.search(line)]


def log_search(request):
    params = request.GET
    needle = params.get("pattern", "ERROR")
    with open(LOG_FILE, encoding="utf-8") as fh:
        lines = fh.readlines()[-5000:]
    hits = grep_lines(lines, needle, re.I if params.get("icase") == "on" else 0)
    return JsonResponse({"hits": hits[:200]})


def by_level(request):
    level = request.GET.get("level", "ERROR")
    if level not in LEVELS:
        level = "ERROR"
    regex = re.compile(r"^\S+ \S+ " + level + r"\b")
    with open(LOG_FILE, encoding="utf-8") as fh:
        return JsonResponse({"hits": [line for line in fh if regex.match(line)][:200]})
