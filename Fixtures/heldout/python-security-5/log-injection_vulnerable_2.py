"""Google Cloud Function receiving webhooks from several sources."""
import hashlib
import hmac
import logging
import os

import functions_framework
import structlog

logger = logging.getLogger(__name__)
events = structlog.get_logger("webhooks")
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@functions_framework.http
def receive(request):
    source = request.headers.get("X-Source", "unknown")
    signature = request.headers.get("X-Signature", "")
    digest = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, signature):
        logger.error(f"webhook signature mismatch for source {source}")  # expect: log-injection
        return ("", 401)
    kind = (request.get_json(silent=True) or {}).get("type", "")
    events.info("webhook accepted: " + kind)  # expect: log-injection
    return ("", 204)
