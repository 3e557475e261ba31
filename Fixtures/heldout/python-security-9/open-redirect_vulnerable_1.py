from werkzeug.routing import Map, Rule
from werkzeug.utils import redirect
from werkzeug.wrappers import Request, Response

from .auth import login_user

urls = Map([Rule("/login", endpoint="login"), Rule("/logout", endpoint="logout")])


def after_login(request):
    return request.args.get("next") or request.form.get("next") or "/"


@Request.application
def application(request):
    adapter = urls.bind_to_environ(request.environ)
    endpoint, _ = adapter.match()
    if endpoint == "login" and request.method == "POST":
        if not login_user(request.form["user"], request.form["password"]):
            return Response("try again", status=401)
        return redirect(after_login(request))  # expect: open-redirect
    if endpoint == "logout":
        return redirect(request.referrer or "/")  # expect: open-redirect
    return Response("<form method='post'>...</form>", mimetype="text/html")
