# accounts/otp.py -- SMS login codes and magic links from the secrets module
import secrets

from django.core.cache import cache
from django.http import JsonResponse
from django.urls import reverse

from .sms import send_sms


def request_code(request):
    phone = request.POST["phone"]
    otp = f"{secrets.randbelow(1_000_000):06d}"
    cache.set(f"otp:{phone}", otp, timeout=300)
    send_sms(phone, f"Your login code is {otp}")
    return JsonResponse({"sent": True})


def magic_link(request):
    email = request.POST["email"]
    link_id = secrets.token_urlsafe(32)
    cache.set(f"magic:{link_id}", email, timeout=900)
    url = request.build_absolute_uri(reverse("magic-login", args=[link_id]))
    return JsonResponse({"link": url})
