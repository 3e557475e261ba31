import xml.sax
from xml.dom import pulldom

from django.http import JsonResponse


def count_nodes(request):
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)  # expect: xxe
    events = pulldom.parse(request.FILES["doc"], parser=parser)
    total = sum(1 for event, _ in events if event == pulldom.START_ELEMENT)
    return JsonResponse({"nodes": total})


def import_catalog(request):
    handler = xml.sax.ContentHandler()
    reader = xml.sax.make_parser()
    reader.setFeature(xml.sax.handler.feature_external_pes, True)  # expect: xxe
    reader.setContentHandler(handler)
    reader.parse(request.FILES["catalog"])
    return JsonResponse({"ok": True})
