"""Invite links and one-time API keys for the team workspace (Django)."""
import random
import uuid

from django.http import JsonResponse

from .models import ApiKey, Invite

rng = random.Random()


def new_invite(request, team_id):
    slug = "%06d" % random.randint(0, 999999)  # expect: insecure-random
    invite = Invite.objects.create(team_id=team_id, code=slug, email=request.POST["email"])
    return JsonResponse({"link": f"/join/{invite.code}"})


def new_api_key(request):
    raw = bytes(rng.getrandbits(8) for _ in range(32))  # expect: insecure-random
    key = raw.hex()
    ApiKey.objects.create(user=request.user, key=key)
    return JsonResponse({"key": key})


def new_upload_nonce(request):
    nonce = uuid.UUID(int=random.getrandbits(128), version=4)  # expect: insecure-random
    request.session["upload_nonce"] = str(nonce)
    return JsonResponse({"nonce": str(nonce)})
