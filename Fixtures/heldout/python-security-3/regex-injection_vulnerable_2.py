import re

from django.http import JsonResponse

from .models import Article


def highlight(text, words):
    alternation = "|".join(words)
    return re.sub(rf"\b({alternation})\b", r"<mark>\1</mark>", text, flags=re.I)  # expect: regex-injection


def article_search(request):
    words = request.GET.get("q", "").split()
    if not words:
        return JsonResponse({"results": []})
    results = []
    for article in Article.objects.filter(published=True).only("id", "title", "summary")[:200]:
        snippet = highlight(article.summary, words)
        if snippet != article.summary:
            results.append({"id": article.id, "title": article.title, "snippet": snippet})
    return JsonResponse({"results": results})


def tag_filter(request):
    prefix = request.GET.get("prefix", "")
    pattern = re.compile("^" + prefix)  # expect: regex-injection
    tags = Article.objects.values_list("tags__name", flat=True).distinct()
    return JsonResponse({"tags": [t for t in tags if t and pattern.search(t)]})
