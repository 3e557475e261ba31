import secrets

from webob import Request, Response
from webob.exc import HTTPSeeOther

from .members import authenticate, remember

SESSION_COOKIE = {"max_age": 7200, "httponly": True, "secure": True, "samesite": "strict"}


def login_app(environ, start_response):
    request = Request(environ)
    if request.method != "POST":
        return Response("<form method='post'>...</form>", content_type="text/html")(environ, start_response)
    member = authenticate(request.POST.get("card"), request.POST.get("pin"))
    if member is None:
        return Response("unknown card", status=403)(environ, start_response)
    token = secrets.token_hex(24)
    remember(token, member)
    response = HTTPSeeOther(location="/shelf")
    response.set_cookie("library_session", token, **SESSION_COOKIE)
    return response(environ, start_response)
