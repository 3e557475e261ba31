"""Pyramid kiosk login against the HR directory with a precompiled XPath."""
import hmac

from lxml import etree
from pyramid.httpexceptions import HTTPForbidden
from pyramid.view import view_config

DIRECTORY = etree.parse("/etc/hr/directory.xml").getroot()
FIND_EMPLOYEE = etree.XPath("//employee[login=$login]")
FIELDS = {"name", "department", "extension"}


@view_config(route_name="kiosk_login", request_method="POST", renderer="json")
def kiosk_login(request):
    matches = FIND_EMPLOYEE(DIRECTORY, login=request.POST.get("login", ""))
    if len(matches) != 1:
        raise HTTPForbidden()
    stored = matches[0].findtext("pin_digest") or ""
    given = request.registry.pin_hasher(request.POST.get("pin", ""))
    if not hmac.compare_digest(stored, given):
        raise HTTPForbidden()
    field = request.params.get("field", "name")
    if field not in FIELDS:
        field = "name"
    return {field: matches[0].findtext(field)}
