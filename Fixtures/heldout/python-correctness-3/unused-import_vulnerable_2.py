from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone  # expect: unused-import
from django.views.decorators.http import require_POST

from .forms import CommentForm, PostForm  # expect: unused-import
from .models import Post


@login_required
def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug, published=True)
    form = CommentForm()
    return render(request, "blog/post_detail.html", {"post": post, "form": form})


@login_required
@require_POST
def add_comment(request, slug):
    import logging  # expect: unused-import

    post = get_object_or_404(Post, slug=slug)
    form = CommentForm(request.POST)
    if form.is_valid():
        comment = form.save(commit=False)
        comment.post = post
        comment.author = request.user
        comment.save()
        messages.success(request, "Comment posted")
    return redirect(post)
