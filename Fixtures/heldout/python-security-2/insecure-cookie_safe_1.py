# accounts/views.py -- "remember me" login with hardened cookies
from django.contrib.auth import authenticate, login
from django.http import JsonResponse

from .tokens import issue_remember_token

AUTH_COOKIE = {"secure": True, "httponly": True, "samesite": "Strict"}


def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    response = JsonResponse({"user": user.username})
    if request.POST.get("remember") == "on":
        token = issue_remember_token(user)
        response.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30, **AUTH_COOKIE)
    response.set_cookie(
        "wiki_auth",
        user.profile.api_key,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response
