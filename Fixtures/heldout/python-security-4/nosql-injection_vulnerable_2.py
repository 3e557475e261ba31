"""Pyramid JSON API over the shipments collection (pymongo)."""
import json

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config


def shipments(request):
    return request.registry.mongo["logistics"]["shipments"]


def parse_filter(raw):
    try:
        return json.loads(raw)
    except ValueError:
        raise HTTPBadRequest("filter must be JSON") from None


@view_config(route_name="shipments", renderer="json")
def list_shipments(request):
    query = parse_filter(request.params.get("filter", "{}"))
    query["tenant"] = request.authenticated_userid
    docs = shipments(request).find(query).limit(200)  # expect: nosql-injection
    return [{"ref": d["ref"], "status": d["status"]} for d in docs]


@view_config(route_name="shipment_cancel", request_method="POST", renderer="json")
def cancel(request):
    body = request.json_body
    result = shipments(request).update_one(  # expect: nosql-injection
        {"ref": body["ref"], "tenant": request.authenticated_userid},
        {"$set": {"status": "cancelled"}},
    )
    return {"matched": result.matched_count}
