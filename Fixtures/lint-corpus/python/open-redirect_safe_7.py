from urllib.parse import urlparse

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED = {"docs.example.com", "status.example.com"}


@app.get("/sso/callback")
async def sso_callback(request: Request):
    return_to = request.query_params.get("return_to", "/")
    if urlparse(return_to).hostname not in ALLOWED:
        raise HTTPException(status_code=400)
    return RedirectResponse(return_to)


@app.get("/orders/{order_id}")
def order_redirect(order_id: int):
    return RedirectResponse(f"/shop/orders/{order_id}")
