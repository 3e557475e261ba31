from typing import Any, Dict

from fastapi import Body, FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

from .config import settings

app = FastAPI()
db = AsyncIOMotorClient(settings.mongo_url).shop


class OrderQuery:
    def __init__(self, raw: Dict[str, Any]):
        self.filters = {"tenant": raw.get("tenant")}
        if "status" in raw:
            self.filters["status"] = raw["status"]
        if "customer" in raw:
            self.filters["customer.email"] = raw["customer"]


@app.post("/orders/search")
async def search_orders(payload: Dict[str, Any] = Body(...)):
    query = OrderQuery(payload)
    docs = await db.orders.find(query.filters).to_list(length=100)  # expect: nosql-injection
    return [{"id": str(d["_id"]), "status": d.get("status")} for d in docs]


@app.post("/orders/purge")
async def purge_orders(payload: Dict[str, Any] = Body(...)):
    result = await db.orders.delete_many({"tenant": payload["tenant"], "status": "cancelled"})  # expect: nosql-injection
    return {"deleted": result.deleted_count}
