# payments/webhooks.py -- Stripe-style webhook receiver (Django)
import json
import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger("payments.webhooks")


@csrf_exempt
def receive(request):
    source = request.META.get("HTTP_X_FORWARDED_FOR", request.META.get("REMOTE_ADDR"))
    agent = request.headers.get("User-Agent", "-")
    try:
        event = json.loads(request.body)
    except ValueError:
        logger.warning("unparseable webhook from %s (%s)", source, agent)  # expect: log-injection
        return HttpResponseBadRequest()
    kind = event.get("type", "unknown")
    message = "webhook " + kind + " for account " + str(event.get("account"))
    logger.info(message)  # expect: log-injection
    return HttpResponse(status=204)
