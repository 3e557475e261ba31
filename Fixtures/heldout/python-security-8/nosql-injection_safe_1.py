"""JSON-RPC methods for the second-hand listings app (jsonrpcserver over stdio)."""
import os
import re
import sys

from jsonrpcserver import InvalidParams, Success, dispatch, method
from pymongo import MongoClient

listings = MongoClient(os.environ["MONGO_URL"]).market.listings
SELLER = re.compile(r"[a-z0-9_]{3,30}")


@method
def search_listings(criteria) -> Success:
    city = criteria.get("city")
    if not isinstance(city, str):
        return InvalidParams("city must be a string")
    query = {"status": "open", "city": {"$eq": city}, "price": {"$lte": float(criteria.get("max_price", 1e9))}}
    found = listings.find(query).limit(50)
    return Success([{**doc, "_id": str(doc["_id"])} for doc in found])


@method
def seller_listings(seller, tag) -> Success:
    if not SELLER.fullmatch(str(seller)):
        return InvalidParams("bad seller")
    found = listings.find({"seller": seller, "tags": {"$eq": str(tag)}})
    return Success([str(doc["_id"]) for doc in found])


if __name__ == "__main__":
    for line in sys.stdin:
        sys.stdout.write(dispatch(line.strip()) + "\n")
        sys.stdout.flush()
