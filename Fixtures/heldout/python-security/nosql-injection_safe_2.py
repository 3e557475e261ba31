from typing import Literal

from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
client = AsyncIOMotorClient()
orders = client.shop.orders


class OrderQuery(BaseModel):
    status: Literal["open", "paid", "shipped"]
    customer: str


class OrderRepo:
    def __init__(self, collection):
        self.collection = collection

    async def count_matching(self, q: OrderQuery):
        return await self.collection.count_documents({"status": q.status, "customer": q.customer})

    async def by_status(self, status: str, min_total: float):
        condition = {"status": {"$eq": status}, "total": {"$gte": min_total}}
        return await self.collection.find(condition).to_list(100)


repo = OrderRepo(orders)


@app.post("/orders/count")
async def count_orders(query: OrderQuery):
    return {"count": await repo.count_matching(query)}


@app.get("/orders")
async def list_orders(status: str = "open", min_total: float = 0.0):
    docs = await repo.by_status(status, min_total)
    return {"ids": [str(d["_id"]) for d in docs]}
