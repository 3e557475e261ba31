from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = b"change-me-in-production-please-0123456789"


@app.route("/profile", methods=["POST"])
def profile():
    session["display_name"] = request.form["display_name"]  # expect: trust-boundary
    session["is_admin"] = request.form.get("is_admin") == "on"  # expect: trust-boundary
    return redirect("/")


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    payload = request.get_json()
    session.update(payload)  # expect: trust-boundary
    return {"ok": True}


def remember_user(request):
    username = request.POST.get("username", "")
    request.session["username"] = username  # expect: trust-boundary
