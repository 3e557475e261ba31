"""Pyramid login and logout views."""
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.security import forget, remember
from pyramid.view import view_config

from .auth import check_credentials


@view_config(route_name="login", renderer="templates/login.jinja2")
def login(request):
    came_from = request.params.get("came_from", request.route_url("home"))
    if request.method == "POST":
        user = check_credentials(request.POST.get("login"), request.POST.get("password"))
        if user is not None:
            headers = remember(request, user.id)
            return HTTPFound(location=came_from, headers=headers)  # expect: open-redirect
        request.session.flash("Invalid credentials")
    return {"came_from": came_from}


@view_config(route_name="logout")
def logout(request):
    target = request.GET.get("then") or request.route_url("home")
    return HTTPSeeOther(target, headers=forget(request))  # expect: open-redirect
