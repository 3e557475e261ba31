from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_http_methods

from .models import Comment


@require_http_methods(["GET"])
def greet(request):
    name = request.GET.get("name", "guest")
    return HttpResponse(format_html("<p>Hello, {}!</p>", name))


@require_http_methods(["GET"])
def comment_list(request, post_id):
    author = request.GET.get("author", "")
    rows = format_html_join(
        "\n",
        "<tr><td>{}</td><td>{}</td></tr>",
        ((c.author, c.body) for c in Comment.objects.filter(post_id=post_id)),
    )
    return render(request, "comments/list.html", {"author": author, "rows": rows})
