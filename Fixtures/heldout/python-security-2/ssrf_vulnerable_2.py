# feeds/api.py -- Django REST framework endpoints of the feed reader
import urllib.request

import httpx
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def preview_feed(request):
    feed_url = request.data.get("feed")
    req = urllib.request.Request(feed_url, headers={"User-Agent": "reader/2.1"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # expect: ssrf
        head = resp.read(4096).decode("utf-8", "replace")
    return Response({"title": head.split("<title>")[-1].split("</title>")[0]})


@api_view(["GET"])
def mirror_health(request):
    host = request.query_params.get("mirror", "mirror1.internal")
    port = int(request.query_params.get("port", "8080"))
    status_url = f"http://{host}:{port}/status"
    r = httpx.get(status_url, timeout=3.0)  # expect: ssrf
    return Response({"mirror": host, "up": r.status_code == 200})
