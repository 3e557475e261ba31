"""Pyramid sign-out and language switch views."""
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.security import forget
from pyramid.view import view_config


@view_config(route_name="sign_out")
def sign_out(request):
    return HTTPSeeOther(request.params.get("next", "/"), headers=forget(request))  # expect: open-redirect


@view_config(route_name="language")
def switch_language(request):
    back = request.GET.get("back") or "/"
    response = HTTPFound(location=back)  # expect: open-redirect
    response.set_cookie("lang", request.matchdict["code"], secure=True, httponly=True, samesite="Lax")
    return response
