from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

TARGETS = {"home": "/", "docs": "/docs/", "pricing": "/pricing/"}


def login_done(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("home")
    return HttpResponseRedirect(next_url)


def view_article(request):
    slug = request.GET["slug"]
    return redirect(reverse("article-detail", kwargs={"slug": slug}))


def go(request):
    page = request.GET.get("page", "home")
    return redirect(TARGETS.get(page, "/"))
