# feeds/api.py -- mirrors addressed by name, never by URL
import httpx
from rest_framework.decorators import api_view
from rest_framework.response import Response

MIRRORS = {
    "eu": "http://mirror-eu.internal:8080",
    "us": "http://mirror-us.internal:8080",
    "ap": "http://mirror-ap.internal:8080",
}
SEARCH_API = "https://feeds.example.org/api/search"


@api_view(["GET"])
def mirror_health(request):
    name = request.query_params.get("mirror", "eu")
    base = MIRRORS.get(name)
    if base is None:
        return Response({"error": "unknown mirror"}, status=400)
    r = httpx.get(base + "/status", timeout=3.0)
    return Response({"mirror": name, "up": r.status_code == 200})


@api_view(["GET"])
def search_feeds(request):
    term = request.query_params.get("q", "")
    r = httpx.get(SEARCH_API, params={"q": term, "limit": 20}, timeout=5.0)
    return Response(r.json())
