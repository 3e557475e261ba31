from django.shortcuts import render

from .models import Comment, Post


def blog_index(request):
    posts = Post.objects.filter(published=True).order_by("-created")[:20]
    rows = []
    for post in posts:
        count = Comment.objects.filter(post=post, approved=True).count()  # expect: n-plus-one-query
        rows.append({"post": post, "comments": count})
    return render(request, "blog/index.html", {"rows": rows})
