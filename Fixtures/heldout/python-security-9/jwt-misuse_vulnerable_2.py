import time

import faust
import jwt

app = faust.App("receipts", broker="kafka://kafka.internal:9092")


class Purchase(faust.Record):
    order_id: str
    customer: str
    total_cents: int


purchases = app.topic("purchases", value_type=Purchase)
receipts = app.topic("receipt-links", value_type=str)


def receipt_token(purchase):
    claims = {
        "order": purchase.order_id,
        "customer": purchase.customer,
        "exp": int(time.time()) + 30 * 86400,
    }
    return jwt.encode(claims, None, algorithm="none")  # expect: jwt-misuse


@app.agent(purchases)
async def issue_receipts(stream):
    async for purchase in stream:
        token = receipt_token(purchase)
        await receipts.send(value=f"https://shop.example.com/receipt?t={token}")
