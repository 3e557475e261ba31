from django.db.models import Count, Q
from django.shortcuts import render

from .models import Post


def blog_index(request):
    posts = (
        Post.objects.filter(published=True)
        .select_related("author")
        .annotate(comments=Count("comment", filter=Q(comment__approved=True)))
        .order_by("-created")[:20]
    )
    rows = [{"post": p, "author": p.author.name, "comments": p.comments} for p in posts]
    return render(request, "blog/index.html", {"rows": rows})
