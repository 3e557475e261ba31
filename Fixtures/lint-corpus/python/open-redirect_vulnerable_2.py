from django.http import HttpResponseRedirect
from django.shortcuts import redirect


def after_signup(request):
    destination = request.GET.get("continue", "/welcome/")
    return HttpResponseRedirect(destination)  # expect: open-redirect


def switch_language(request):
    lang = request.POST["lang"]
    referer = request.POST.get("from", "/")
    response = redirect(f"{referer}?lang={lang}")  # expect: open-redirect
    response.set_cookie("lang", lang)
    return response
