"""Django class-based views for the legacy member area."""
import hashlib
import secrets

from django.http import JsonResponse
from django.views import View

from .models import Member, ResetRequest


def hash_password(password, salt):
    return hashlib.md5((salt + password).encode("utf-8")).hexdigest()  # expect: weak-hash


class RegisterView(View):
    def post(self, request):
        salt = secrets.token_hex(8)
        member = Member.objects.create(
            email=request.POST["email"],
            salt=salt,
            password_hash=hash_password(request.POST["password"], salt),
        )
        return JsonResponse({"id": member.pk}, status=201)


class ResetRequestView(View):
    def post(self, request):
        member = Member.objects.filter(email=request.POST.get("email", "")).first()
        if member is not None:
            token = secrets.token_urlsafe(32)
            digest = hashlib.sha1(token.encode()).hexdigest()  # expect: weak-hash
            ResetRequest.objects.create(member=member, token_digest=digest)
            member.send_reset_mail(token)
        return JsonResponse({"sent": True})
