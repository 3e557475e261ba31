from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def after_signup(request):
    destination = request.GET.get("continue", "/welcome/")
    if url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()}, require_https=True):
        return HttpResponseRedirect(destination)
    return HttpResponseRedirect(reverse("welcome"))


def profile(request):
    return redirect("accounts:profile", username=request.user.username)
