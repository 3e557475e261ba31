from flask import Flask, request, session, redirect, abort

app = Flask(__name__)
LANGUAGES = {"en", "fr", "de", "es"}


@app.route("/language", methods=["POST"])
def language():
    lang = request.form["lang"]
    if lang not in LANGUAGES:
        abort(400)
    session["lang"] = lang
    return redirect("/")


@app.route("/page")
def page():
    session["last_page"] = int(request.args.get("n", "1"))
    return "ok"


def login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        request.session["user_id"] = user.pk
        request.session["role"] = lookup_role(user)


def lookup_role(user):
    return "admin" if user.is_staff else "member"
