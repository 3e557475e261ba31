# accounts/views.py -- "remember me" login for the intranet wiki
from django.contrib.auth import authenticate, login
from django.http import JsonResponse

from .tokens import issue_remember_token


def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    response = JsonResponse({"user": user.username})
    if request.POST.get("remember") == "on":
        token = issue_remember_token(user)
        response.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30)  # expect: insecure-cookie
    response.set_cookie(  # expect: insecure-cookie
        "wiki_auth",
        user.profile.api_key,
        secure=False,
        httponly=False,
        samesite="Lax",
    )
    return response
