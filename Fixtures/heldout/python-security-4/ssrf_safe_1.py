"""Pyramid view importing a calendar from one of the supported providers."""
from urllib.parse import urlsplit

import requests
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

CALENDAR_HOSTS = frozenset({"calendar.google.com", "outlook.office365.com", "p01-caldav.icloud.com"})


def checked_calendar_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme != "https":
        raise HTTPBadRequest("https only")
    if parts.hostname not in CALENDAR_HOSTS:
        raise HTTPBadRequest("unsupported calendar provider")
    if parts.port not in (None, 443) or parts.username or parts.password:
        raise HTTPBadRequest("unsupported calendar URL")
    return parts.geturl()


@view_config(route_name="calendar_import", request_method="POST", renderer="json")
def import_calendar(request):
    url = checked_calendar_url(request.json_body.get("url", ""))
    resp = requests.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    return {"events": resp.text.count("BEGIN:VEVENT")}
