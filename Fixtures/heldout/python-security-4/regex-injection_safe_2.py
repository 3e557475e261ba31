"""Pyramid view that filters audit entries with plain string matching."""
import re

from pyramid.view import view_config

TICKET = re.compile(r"[A-Z]{2,6}-\d{1,6}")


@view_config(route_name="audit_filter", renderer="json")
def audit_filter(request):
    needle = request.params.get("q", "").casefold()
    prefix = request.params.get("prefix", "")
    entries = request.dbsession.recent_audit_entries(limit=1000)
    matched = []
    for entry in entries:
        text = entry.message
        if needle and needle not in text.casefold():
            continue
        if prefix and not text.startswith(prefix):
            continue
        matched.append({"at": entry.at.isoformat(), "message": text, "tickets": TICKET.findall(text)})
    return {"entries": matched[:200]}
