from typing import Any, Dict

from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
client = AsyncIOMotorClient()
orders = client.shop.orders


class OrderRepo:
    def __init__(self, collection):
        self.collection = collection

    async def count_matching(self, query: Dict[str, Any]):
        return await self.collection.count_documents(query)  # expect: nosql-injection

    async def by_status(self, status: str, min_total: str):
        condition = {"$where": f"this.status === '{status}' && this.total >= {min_total}"}
        return await self.collection.find(condition).to_list(100)  # expect: nosql-injection


repo = OrderRepo(orders)


@app.post("/orders/count")
async def count_orders(query: Dict[str, Any]):
    return {"count": await repo.count_matching(query)}


@app.get("/orders")
async def list_orders(status: str = "open", min_total: str = "0"):
    docs = await repo.by_status(status, min_total)
    return {"ids": [str(d["_id"]) for d in docs]}
