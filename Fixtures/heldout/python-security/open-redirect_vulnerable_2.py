from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from .models import ShortLink


@require_GET
def outbound(request):
    params = request.GET
    dest = params.get("to", "/")
    campaign = params.get("utm_campaign")
    if campaign:
        dest = f"{dest}?utm_campaign={campaign}"
    return HttpResponseRedirect(dest)  # expect: open-redirect


@require_GET
def after_signup(request):
    back = request.GET.get("return_to") or request.META.get("HTTP_REFERER", "/")
    return redirect(back)  # expect: open-redirect


@require_GET
def short_link(request, code):
    link = ShortLink.objects.filter(code=code).first()
    return redirect(link.target if link else "/")
