import secrets

from werkzeug.wrappers import Request, Response
from werkzeug.utils import redirect

from .accounts import check_password

SESSIONS = {}


@Request.application
def application(request):
    if request.path == "/login" and request.method == "POST":
        user = check_password(request.form.get("email", ""), request.form.get("password", ""))
        if user is None:
            return Response("bad credentials", status=401)
        sid = secrets.token_urlsafe(32)
        SESSIONS[sid] = user.id
        response = redirect("/")
        response.set_cookie("sid", sid, max_age=3600 * 8)  # expect: insecure-cookie
        return response
    return Response("home")
