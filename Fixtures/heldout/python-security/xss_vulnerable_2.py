from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

from .models import Comment


@require_http_methods(["GET"])
def greet(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<p>Hello, " + name + "!</p>")  # expect: xss


@require_http_methods(["GET"])
def comment_list(request, post_id):
    author = request.GET.get("author", "")
    rows = []
    for c in Comment.objects.filter(post_id=post_id):
        rows.append(f"<tr><td>{c.author}</td><td>{c.body}</td></tr>")
    body = "<table>" + "".join(rows) + "</table>"
    header = "<h2>Comments by %s</h2>" % author
    response = HttpResponse()
    response.write(header + body)  # expect: xss
    return response
