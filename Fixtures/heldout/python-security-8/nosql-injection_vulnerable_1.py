"""JSON-RPC methods for the second-hand listings app (jsonrpcserver over stdio)."""
import os
import sys

from jsonrpcserver import Success, dispatch, method
from pymongo import MongoClient

listings = MongoClient(os.environ["MONGO_URL"]).market.listings


@method
def search_listings(criteria) -> Success:
    query = {"status": "open"}
    query["city"] = criteria.get("city")
    query["price"] = {"$lte": float(criteria.get("max_price", 1e9))}
    found = listings.find(query).limit(50)  # expect: nosql-injection
    return Success([{**doc, "_id": str(doc["_id"])} for doc in found])


@method
def seller_listings(seller, tag) -> Success:
    clause = "this.seller == '" + seller + "' && this.tags.indexOf('" + tag + "') >= 0"
    found = listings.find({"$where": clause})  # expect: nosql-injection
    return Success([str(doc["_id"]) for doc in found])


if __name__ == "__main__":
    for line in sys.stdin:
        sys.stdout.write(dispatch(line.strip()) + "\n")
        sys.stdout.flush()
