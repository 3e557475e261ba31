from beaker.middleware import SessionMiddleware
from webob import Request, Response

from .catalog import course_price, discount_for

LEVELS = {"beginner", "intermediate", "advanced"}


def enroll(environ, start_response):
    request = Request(environ)
    session = environ["beaker.session"]
    if request.method == "POST":
        level = request.POST.get("level", "beginner")
        session["learner_level"] = level if level in LEVELS else "beginner"
        session["discount_percent"] = discount_for(session.get("learner_id"))
        session.save()
    price = course_price(request.GET.get("course", "intro"))
    due = price * (100 - session.get("discount_percent", 0)) / 100
    return Response(f"Amount due: {due:.2f}")(environ, start_response)


application = SessionMiddleware(
    enroll,
    {"session.type": "file", "session.data_dir": "/var/lib/enroll/sessions", "session.auto": False},
)
