from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

LANDING_PAGES = {"pricing": "/pricing/", "docs": "/docs/", "blog": "/blog/"}


@require_POST
def set_language(request):
    language = request.POST.get("language", "en")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie("django_language", language)
    return response


def campaign(request):
    page = request.GET.get("page", "")
    if page in LANDING_PAGES:
        return redirect(LANDING_PAGES[page])
    return redirect("/")
