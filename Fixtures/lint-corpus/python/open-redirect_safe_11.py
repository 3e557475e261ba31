"""Pyramid views redirecting to routes the application names itself."""
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.security import forget
from pyramid.view import view_config

SECTIONS = {"billing": "billing_home", "team": "team_home"}


@view_config(route_name="sign_out")
def sign_out(request):
    request.session["flash"] = "signed out"
    return HTTPSeeOther(request.route_url("home"), headers=forget(request))


@view_config(route_name="section")
def section(request):
    route = SECTIONS.get(request.params.get("to"), "home")
    return HTTPFound(location=request.route_path(route))
