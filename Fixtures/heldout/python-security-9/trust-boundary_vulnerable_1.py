from beaker.middleware import SessionMiddleware
from webob import Request, Response

from .catalog import course_price


def enroll(environ, start_response):
    request = Request(environ)
    session = environ["beaker.session"]
    if request.method == "POST":
        session["learner_level"] = request.POST.get("level", "beginner")  # expect: trust-boundary
        session["discount_percent"] = int(request.POST.get("discount", "0"))  # expect: trust-boundary
        session.save()
    price = course_price(request.GET.get("course", "intro"))
    due = price * (100 - session.get("discount_percent", 0)) / 100
    response = Response(f"Amount due: {due:.2f}")
    return response(environ, start_response)


application = SessionMiddleware(
    enroll,
    {"session.type": "file", "session.data_dir": "/var/lib/enroll/sessions", "session.auto": False},
)
