"""Pyramid upload view that logs only typed and allow-listed values."""
import logging
import uuid

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

log = logging.getLogger(__name__)
KINDS = {"avatar", "banner", "attachment"}


@view_config(route_name="upload", request_method="POST", renderer="json")
def upload(request):
    kind = request.POST.get("kind", "")
    if kind not in KINDS:
        log.warning("upload rejected: unknown kind")
        raise HTTPBadRequest("unknown kind")
    try:
        batch = uuid.UUID(request.POST.get("batch", ""))
    except ValueError:
        raise HTTPBadRequest("bad batch id") from None
    data = request.POST["file"].file.read()
    log.info("stored %s upload of %d bytes in batch %s", kind, len(data), batch)
    log.debug("client filename %r", request.POST["file"].filename)
    return {"batch": str(batch), "size": len(data)}
