# kiosk/views.py -- badge PIN check with a precompiled parameterised XPath
import hmac

from django.http import JsonResponse
from lxml import etree

ROSTER_PATH = "/etc/kiosk/roster.xml"
FIND_VISITOR = etree.XPath("//visitor[@badge=$badge]")


def check_badge(request):
    badge = request.POST.get("badge", "")
    pin = request.POST.get("pin", "")
    doc = etree.parse(ROSTER_PATH)
    matches = FIND_VISITOR(doc, badge=badge)
    allowed = bool(matches) and hmac.compare_digest(matches[0].get("pin", ""), pin)
    return JsonResponse({"allowed": allowed})
