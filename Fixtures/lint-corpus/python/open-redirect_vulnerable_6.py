from django.http import HttpResponseRedirect
from django.shortcuts import redirect


def login_done(request):
    next_url = request.GET.get("next", "/")
    return HttpResponseRedirect(next_url)  # expect: open-redirect


def switch_language(request):
    lang = request.POST.get("lang", "en")
    back = request.META.get("HTTP_REFERER", "/")
    response = redirect(back)  # expect: open-redirect
    response.set_cookie("lang", lang)
    return response


def go(request):
    target = request.GET["to"]
    if target.startswith("/"):
        return redirect(target)  # expect: open-redirect
    return redirect("/")
