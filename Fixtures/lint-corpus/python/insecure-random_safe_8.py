import random
import secrets
import string

from django.http import JsonResponse

from .models import Voucher


def make_pin(digits=6):
    return "".join(secrets.choice(string.digits) for _ in range(digits))


def issue_voucher(request):
    code = "".join(secrets.choice(string.ascii_uppercase) for _ in range(10))
    Voucher.objects.create(owner=request.user, code=code, pin=make_pin())
    colours = ["red", "green", "blue"]
    return JsonResponse({"ok": True, "badge": random.choice(colours)})
