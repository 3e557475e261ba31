# payments/webhooks.py -- webhook receiver, values neutralised before logging
import json
import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger("payments.webhooks")
EVENT_TYPES = {"charge.succeeded", "charge.failed", "invoice.paid"}


def one_line(value: object) -> str:
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


@csrf_exempt
def receive(request):
    source = one_line(request.META.get("REMOTE_ADDR"))
    agent = one_line(request.headers.get("User-Agent", "-"))
    try:
        event = json.loads(request.body)
    except ValueError:
        logger.warning("unparseable webhook from %s (%s)", source, agent)
        return HttpResponseBadRequest()
    kind = event.get("type")
    if kind not in EVENT_TYPES:
        kind = "unknown"
    logger.info("webhook %s for account %s", kind, one_line(event.get("account")))
    return HttpResponse(status=204)
