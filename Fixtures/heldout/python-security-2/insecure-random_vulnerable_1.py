# accounts/otp.py -- SMS login codes and magic links for the delivery app
import random
import string

from django.core.cache import cache
from django.http import JsonResponse
from django.urls import reverse

from .sms import send_sms

DIGITS = string.digits


def request_code(request):
    phone = request.POST["phone"]
    otp = "".join(random.choice(DIGITS) for _ in range(6))  # expect: insecure-random
    cache.set(f"otp:{phone}", otp, timeout=300)
    send_sms(phone, f"Your login code is {otp}")
    return JsonResponse({"sent": True})


def magic_link(request):
    email = request.POST["email"]
    link_id = "%032x" % random.getrandbits(128)  # expect: insecure-random
    cache.set(f"magic:{link_id}", email, timeout=900)
    url = request.build_absolute_uri(reverse("magic-login", args=[link_id]))
    return JsonResponse({"link": url})
