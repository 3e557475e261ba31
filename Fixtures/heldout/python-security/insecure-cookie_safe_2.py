import secrets

from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect, JsonResponse

COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Strict"}


def sign_in(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    login(request, user)
    response = HttpResponseRedirect("/app/")
    response.set_cookie("xsrf_pair", secrets.token_urlsafe(16), max_age=3600, **COOKIE_FLAGS)
    response.set_cookie(
        "api_session",
        request.session.session_key,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response


# settings.py fragment kept next to the view in this small project
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
