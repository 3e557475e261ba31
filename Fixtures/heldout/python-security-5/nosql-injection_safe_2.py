"""Azure Functions over gift cards; request values are checked to be strings first."""
import json
import os

import azure.functions as func
from bson import ObjectId
from pymongo import MongoClient

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
cards = MongoClient(os.environ["COSMOS_MONGO_URL"])["shop"]["gift_cards"]


@app.route(route="cards/redeem", methods=["POST"])
def redeem(req: func.HttpRequest) -> func.HttpResponse:
    body = req.get_json()
    number, pin = body.get("number"), body.get("pin")
    if not isinstance(number, str) or not isinstance(pin, str):
        return func.HttpResponse("bad request", status_code=400)
    card = cards.find_one({"number": {"$eq": number}, "pin": {"$eq": pin}, "redeemed": False})
    if card is None:
        return func.HttpResponse("not found", status_code=404)
    cards.update_one({"_id": card["_id"]}, {"$set": {"redeemed": True}})
    return func.HttpResponse(json.dumps({"balance": card["balance"]}), mimetype="application/json")


@app.route(route="cards/purge", methods=["POST"])
def purge(req: func.HttpRequest) -> func.HttpResponse:
    batch = req.params.get("batch", "")
    if not ObjectId.is_valid(batch):
        return func.HttpResponse("bad batch", status_code=400)
    result = cards.delete_many({"batch": ObjectId(batch), "redeemed": True})
    return func.HttpResponse(json.dumps({"deleted": result.deleted_count}), mimetype="application/json")
