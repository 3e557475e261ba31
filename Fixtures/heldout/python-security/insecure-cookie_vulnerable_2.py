import secrets

from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect, JsonResponse


def sign_in(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    login(request, user)
    response = HttpResponseRedirect("/app/")
    csrf_pair = secrets.token_urlsafe(16)
    response.set_cookie("api_session", request.session.session_key, httponly=False, samesite="None")  # expect: insecure-cookie
    response.set_cookie(  # expect: insecure-cookie
        "xsrf_pair",
        csrf_pair,
        max_age=3600,
    )
    return response


# settings.py fragment kept next to the view in this small project
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = False  # expect: insecure-cookie
