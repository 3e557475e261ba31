import secrets

from webob import Request, Response
from webob.exc import HTTPSeeOther

from .members import authenticate, remember


def login_app(environ, start_response):
    request = Request(environ)
    if request.method != "POST":
        response = Response("<form method='post'>...</form>", content_type="text/html")
        return response(environ, start_response)
    member = authenticate(request.POST.get("card"), request.POST.get("pin"))
    if member is None:
        return Response("unknown card", status=403)(environ, start_response)
    token = secrets.token_hex(24)
    remember(token, member)
    response = HTTPSeeOther(location="/shelf")
    response.set_cookie(  # expect: insecure-cookie
        "library_session",
        token,
        max_age=7200,
        httponly=False,
        secure=False,
    )
    return response(environ, start_response)
