# accounts/views.py -- language switcher and post-signup landing
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils import translation


def build_return_url(request):
    target = request.POST.get("continue", "/")
    if "?" in target:
        return target + "&lang_changed=1"
    return target + "?lang_changed=1"


def set_language(request):
    lang = request.POST.get("language", "en")
    translation.activate(lang)
    response = HttpResponseRedirect(build_return_url(request))  # expect: open-redirect
    response.set_cookie("django_language", lang, secure=True, httponly=True, samesite="Lax")
    return response


def signup_done(request):
    campaign = request.GET.get("utm_campaign", "")
    landing = request.GET.get("landing")
    if landing:
        return redirect(landing)  # expect: open-redirect
    return redirect("/welcome/?c=" + campaign)
