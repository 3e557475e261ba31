import logging

from pyramid.view import view_config

log = logging.getLogger(__name__)
TEMPLATE = "{count} sessions expired in {region}"


@view_config(route_name="session_sweep", request_method="POST", renderer="json")
def sweep_sessions(request):
    region = request.registry.settings["session.region"]
    count = request.sessions.sweep(region)
    log.info("session sweep requested by %s", request.authenticated_userid)
    message = (
        f"swept {count} session(s) "
        "from the store"
    )
    return {"message": message, "detail": TEMPLATE.format(count=count, region=region), "ratio": f"{count / 100:.1%}"}


@view_config(route_name="session_count", renderer="json")
def session_count(request):
    count = request.sessions.count()
    return {"text": f"{count:,} active", "plain": "active sessions"}
