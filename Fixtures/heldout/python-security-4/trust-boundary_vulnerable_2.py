"""Pyramid preferences views for the reporting UI."""
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

PREFERENCE_KEYS = ("timezone", "date_format", "rows_per_page", "default_report")


@view_config(route_name="preferences", request_method="POST")
def save_preferences(request):
    prefs = {}
    for key in PREFERENCE_KEYS:
        if key in request.POST:
            prefs[key] = request.POST[key]
    request.session["preferences"] = prefs  # expect: trust-boundary
    return HTTPSeeOther(request.route_url("reports"))


@view_config(route_name="impersonate_banner", request_method="POST", renderer="json")
def banner(request):
    request.session["acting_as"] = request.headers.get("X-Acting-As", "")  # expect: trust-boundary
    return {"ok": True}
