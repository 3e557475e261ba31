import re

from django.http import JsonResponse

from .models import Article

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
WORD_CHARS = re.compile(r"[^\w\s-]")


def tag_filter(request):
    prefix = request.GET.get("prefix", "").lower()
    tags = Article.objects.values_list("tags__name", flat=True).distinct()
    return JsonResponse({"tags": [t for t in tags if t and t.lower().startswith(prefix)]})


def by_slug(request):
    slug = request.GET.get("slug", "")
    if not SLUG.fullmatch(slug):
        return JsonResponse({"error": "bad slug"}, status=400)
    query = WORD_CHARS.sub("", request.GET.get("q", ""))
    articles = Article.objects.filter(slug=slug, title__icontains=query)[:20]
    return JsonResponse({"results": [{"id": a.id, "title": a.title} for a in articles]})
