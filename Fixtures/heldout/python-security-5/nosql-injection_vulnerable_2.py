"""Azure Functions over a Cosmos DB (Mongo API) collection of gift cards."""
import json
import os

import azure.functions as func
from pymongo import MongoClient

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
cards = MongoClient(os.environ["COSMOS_MONGO_URL"])["shop"]["gift_cards"]


@app.route(route="cards/redeem", methods=["POST"])
def redeem(req: func.HttpRequest) -> func.HttpResponse:
    body = req.get_json()
    card = cards.find_one({"number": body.get("number"), "pin": body.get("pin"), "redeemed": False})  # expect: nosql-injection
    if card is None:
        return func.HttpResponse("not found", status_code=404)
    cards.update_one({"_id": card["_id"]}, {"$set": {"redeemed": True}})
    return func.HttpResponse(json.dumps({"balance": card["balance"]}), mimetype="application/json")


@app.route(route="cards/purge", methods=["POST"])
def purge(req: func.HttpRequest) -> func.HttpResponse:
    criteria = json.loads(req.params.get("where", "{}"))
    criteria["redeemed"] = True
    result = cards.delete_many(criteria)  # expect: nosql-injection
    return func.HttpResponse(json.dumps({"deleted": result.deleted_count}), mimetype="application/json")
