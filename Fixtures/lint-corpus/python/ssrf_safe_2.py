import httpx
from django.http import JsonResponse

FEEDS = {
    "python": "https://blog.python.org/feeds/posts/default",
    "django": "https://www.djangoproject.com/rss/weblog/",
}


def fetch_feed(request):
    name = request.GET.get("feed", "python")
    if name not in FEEDS:
        return JsonResponse({"error": "unknown feed"}, status=400)
    reply = httpx.get(FEEDS[name], timeout=10)
    return JsonResponse({"bytes": len(reply.content)})


def rates(request):
    currency = request.GET.get("currency", "EUR")
    reply = httpx.get("https://api.exchangerate.example/latest", params={"base": currency})
    return JsonResponse(reply.json())
