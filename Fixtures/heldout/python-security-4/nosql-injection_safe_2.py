"""Pyramid shipment views on pymongo with ObjectId and string checks."""
from bson import ObjectId
from bson.errors import InvalidId
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.view import view_config

STATUSES = {"pending", "in_transit", "delivered", "cancelled"}


def shipments(request):
    return request.registry.mongo["logistics"]["shipments"]


@view_config(route_name="shipment", renderer="json")
def shipment(request):
    try:
        oid = ObjectId(request.matchdict["id"])
    except InvalidId:
        raise HTTPNotFound() from None
    doc = shipments(request).find_one({"_id": oid, "tenant": request.authenticated_userid})
    if doc is None:
        raise HTTPNotFound()
    return {"ref": doc["ref"], "status": doc["status"]}


@view_config(route_name="shipments", renderer="json")
def by_status(request):
    status = request.params.get("status", "pending")
    if not isinstance(status, str) or status not in STATUSES:
        raise HTTPBadRequest("unknown status")
    docs = shipments(request).find({"status": status, "tenant": request.authenticated_userid}).limit(200)
    return [{"ref": d["ref"], "status": d["status"]} for d in docs]
