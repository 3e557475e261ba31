"""Klein (Twisted) login resource for the print-shop intranet."""
import json

from klein import Klein

from .accounts import check_password, new_session_id

app = Klein()


@app.route("/login", methods=["POST"])
def login(request):
    body = json.loads(request.content.read())
    if not check_password(body.get("user", ""), body.get("password", "")):
        request.setResponseCode(401)
        return json.dumps({"ok": False})
    sid = new_session_id()
    request.addCookie(b"printshop_sid", sid.encode(), path=b"/")  # expect: insecure-cookie
    request.addCookie(b"printshop_csrf", sid[:16].encode(), path=b"/", secure=False, httpOnly=False)  # expect: insecure-cookie
    return json.dumps({"ok": True})
