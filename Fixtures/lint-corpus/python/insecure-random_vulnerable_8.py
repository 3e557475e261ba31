import random
import string

from django.http import JsonResponse

from .models import Voucher


def make_pin(digits=6):
    return "".join(random.choice(string.digits) for _ in range(digits))  # expect: insecure-random


def issue_voucher(request):
    code = "".join(random.choices(string.ascii_uppercase, k=10))  # expect: insecure-random
    Voucher.objects.create(owner=request.user, code=code, pin=make_pin())
    return JsonResponse({"ok": True})
