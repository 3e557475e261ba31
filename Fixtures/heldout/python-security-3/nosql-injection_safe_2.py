from typing import Literal, Optional

from bson import ObjectId
from bson.errors import InvalidId
from fastapi import FastAPI, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel, EmailStr

from .config import settings

app = FastAPI()
db = AsyncIOMotorClient(settings.mongo_url).shop


class OrderSearch(BaseModel):
    tenant: str
    status: Optional[Literal["open", "paid", "shipped", "cancelled"]] = None
    customer: Optional[EmailStr] = None


@app.post("/orders/search")
async def search_orders(body: OrderSearch):
    filters = {"tenant": body.tenant}
    if body.status:
        filters["status"] = body.status
    if body.customer:
        filters["customer.email"] = str(body.customer)
    docs = await db.orders.find(filters).to_list(length=100)
    return [{"id": str(d["_id"]), "status": d.get("status")} for d in docs]


@app.get("/orders/{order_id}")
async def get_order(order_id: str):
    try:
        oid = ObjectId(order_id)
    except InvalidId:
        raise HTTPException(status_code=404) from None
    doc = await db.orders.find_one({"_id": oid})
    if doc is None:
        raise HTTPException(status_code=404)
    return {"id": order_id, "status": doc.get("status")}
