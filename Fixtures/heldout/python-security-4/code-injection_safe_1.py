"""Pyramid view that accepts a settings literal from the admin form."""
import ast

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

ALLOWED_KEYS = {"page_size", "theme", "beta_features"}


def parse_settings(text):
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        raise HTTPBadRequest("settings must be a Python literal") from None
    if not isinstance(value, dict):
        raise HTTPBadRequest("settings must be a mapping")
    unknown = set(value) - ALLOWED_KEYS
    if unknown:
        raise HTTPBadRequest("unknown keys: " + ", ".join(sorted(map(str, unknown))))
    return value


@view_config(route_name="admin_settings", request_method="POST", renderer="json", permission="admin")
def save_settings(request):
    settings = parse_settings(request.POST.get("settings", "{}"))
    request.dbsession.merge_settings(request.authenticated_userid, settings)
    return {"saved": sorted(settings)}
