"""Pyramid views for the "remember me" login and the API console token."""
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .auth import issue_console_token, issue_remember_token

THIRTY_DAYS = 30 * 24 * 3600


@view_config(route_name="remember", request_method="POST")
def remember_me(request):
    token = issue_remember_token(request.authenticated_userid)
    response = HTTPFound(location=request.route_url("home"))
    response.set_cookie("remember_token", token, max_age=THIRTY_DAYS, secure=False, httponly=True)  # expect: insecure-cookie
    return response


@view_config(route_name="console", renderer="templates/console.jinja2")
def console(request):
    request.response.set_cookie(  # expect: insecure-cookie
        "console_token",
        issue_console_token(request.authenticated_userid),
        path="/console",
    )
    return {}
