"""Django class-based views for the knowledge base search."""
import re

from django.http import JsonResponse
from django.views.generic import ListView

from .models import Article


def highlighter(words):
    alternation = "|".join(words)
    return re.compile("(" + alternation + ")", re.IGNORECASE)  # expect: regex-injection


class ArticleSearchView(ListView):
    model = Article
    paginate_by = 20

    def get_queryset(self):
        term = self.request.GET.get("q", "")
        return Article.objects.filter(published=True, body__icontains=term)

    def render_to_response(self, context, **kwargs):
        words = self.request.GET.get("q", "").split()
        marker = highlighter(words) if words else None
        results = []
        for article in context["object_list"]:
            snippet = article.body[:300]
            if marker:
                snippet = marker.sub(r"<mark>\1</mark>", snippet)
            results.append({"title": article.title, "snippet": snippet})
        return JsonResponse({"results": results})


class TagFilterView(ListView):
    model = Article

    def get_queryset(self):
        tag_rule = self.request.GET.get("tags", ".*")
        ids = [a.pk for a in Article.objects.only("pk", "tags") if re.fullmatch(tag_rule, a.tags)]  # expect: regex-injection
        return Article.objects.filter(pk__in=ids)
