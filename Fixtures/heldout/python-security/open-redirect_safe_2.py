from django.conf import settings
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

PARTNER_SITES = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
}


@require_GET
def outbound(request):
    key = request.GET.get("to", "")
    return redirect(PARTNER_SITES.get(key, "/"))


@require_GET
def after_signup(request):
    back = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts=set(settings.ALLOWED_HOSTS), require_https=request.is_secure()
    ):
        back = "/"
    return redirect(back)
