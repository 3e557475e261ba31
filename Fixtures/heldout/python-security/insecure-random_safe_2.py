"""Invite links and one-time API keys for the team workspace, plus a retrying webhook sender."""
import random
import secrets
import time
import uuid

import requests
from django.http import JsonResponse

from .models import ApiKey, Invite


def new_invite(request, team_id):
    invite = Invite.objects.create(team_id=team_id, code=secrets.token_urlsafe(16), email=request.POST["email"])
    return JsonResponse({"link": f"/join/{invite.code}"})


def new_api_key(request):
    key = secrets.token_bytes(32).hex()
    ApiKey.objects.create(user=request.user, key=key)
    return JsonResponse({"key": key})


def new_upload_nonce(request):
    nonce = uuid.uuid4()
    request.session["upload_nonce"] = str(nonce)
    return JsonResponse({"nonce": str(nonce)})


def post_with_retry(url, payload, attempts=5):
    for attempt in range(attempts):
        resp = requests.post(url, json=payload, timeout=10)
        if resp.status_code < 500:
            return resp
        time.sleep(min(30, 2 ** attempt) + random.uniform(0, 1))
    return resp
