# kiosk/views.py -- badge PIN check against the visitor roster XML
from django.http import JsonResponse
from lxml import etree

ROSTER_PATH = "/etc/kiosk/roster.xml"


def check_badge(request):
    badge = request.POST.get("badge", "")
    pin = request.POST.get("pin", "")
    expr = "//visitor[@badge='" + badge + "' and @pin='" + pin + "']"
    finder = etree.XPath(expr)  # expect: xpath-injection
    doc = etree.parse(ROSTER_PATH)
    matches = finder(doc)
    return JsonResponse({"allowed": bool(matches)})
