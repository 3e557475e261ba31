"""Pyramid views over the XML user directory exported by the legacy HR system."""
from lxml import etree
from pyramid.httpexceptions import HTTPForbidden
from pyramid.view import view_config

DIRECTORY = etree.parse("/etc/hr/directory.xml").getroot()


class DirectoryQuery:
    def __init__(self, department):
        self.parts = ["//employee"]
        if department:
            self.parts.append("[department='%s']" % department)

    def with_login(self, login, pin):
        self.parts.append("[login='" + login + "' and pin='" + pin + "']")
        return self

    def text(self):
        return "".join(self.parts)


@view_config(route_name="kiosk_login", request_method="POST", renderer="json")
def kiosk_login(request):
    q = DirectoryQuery(None).with_login(request.POST.get("login", ""), request.POST.get("pin", ""))
    matches = DIRECTORY.xpath(q.text())  # expect: xpath-injection
    if not matches:
        raise HTTPForbidden()
    return {"name": matches[0].findtext("name")}


@view_config(route_name="department", renderer="json")
def department(request):
    finder = etree.XPath(DirectoryQuery(request.params.get("dept")).text())  # expect: xpath-injection
    return {"people": [e.findtext("name") for e in finder(DIRECTORY)]}
