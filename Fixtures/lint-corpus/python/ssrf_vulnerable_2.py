import urllib.request

import httpx
from django.http import JsonResponse


def fetch_feed(request):
    feed_url = request.GET["feed"]
    with urllib.request.urlopen(feed_url, timeout=10) as resp:  # expect: ssrf
        data = resp.read()
    return JsonResponse({"bytes": len(data)})


async def avatar_proxy(request):
    source = request.GET.get("src", "")
    async with httpx.AsyncClient() as client:
        upstream = await client.get(source)  # expect: ssrf
    return JsonResponse({"type": upstream.headers.get("content-type")})
