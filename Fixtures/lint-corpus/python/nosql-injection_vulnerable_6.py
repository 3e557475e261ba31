"""JSON-RPC methods over a listings collection; the RPC layer hands in the caller's values."""
from pymongo import MongoClient

listings = MongoClient()["market"]["listings"]


def seller_listings(seller, tag):
    clause = "this.seller == '" + seller + "' && this.tags.indexOf('" + tag + "') >= 0"
    return [str(doc["_id"]) for doc in listings.find({"$where": clause})]  # expect: nosql-injection


def stale_listings(days):
    return list(listings.find({"$where": f"this.age > {days}"}))  # expect: nosql-injection
