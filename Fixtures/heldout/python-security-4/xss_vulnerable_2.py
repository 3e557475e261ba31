"""Pyramid profile pages; the bio is rendered through a Jinja2 environment."""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pyramid.response import Response
from pyramid.view import view_config

from .models import Profile

env = Environment(loader=PackageLoader("community"), autoescape=select_autoescape(["html"]))


@view_config(route_name="profile")
def profile(request):
    member = Profile.by_handle(request.dbsession, request.matchdict["handle"])
    template = env.get_template("profile.html")
    return Response(template.render(member=member, bio=member.bio), content_type="text/html")


@view_config(route_name="profile_preview", request_method="POST")
def preview(request):
    headline = request.POST.get("headline", "")
    bio = request.POST.get("bio", "")
    template = env.get_template("preview.html")
    html = template.render(headline=headline, bio=Markup(bio))  # expect: xss
    return Response(html, content_type="text/html")


@view_config(route_name="greeting")
def greeting(request):
    name = request.params.get("name", "friend")
    body = "<p>Welcome back, " + name + "!</p>"
    return Response(body, content_type="text/html")  # expect: xss
