# accounts/views.py -- language switcher with Django's own host check
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

LANDINGS = {"pricing": "pricing-page", "docs": "docs-home", "team": "team-invite"}


def set_language(request):
    lang = request.POST.get("language", "en")
    translation.activate(lang)
    target = request.POST.get("continue", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie("django_language", lang, secure=True, httponly=True, samesite="Lax")
    return response


def signup_done(request):
    key = request.GET.get("landing", "")
    if key in LANDINGS:
        return redirect(reverse(LANDINGS[key]))
    return redirect("welcome")
