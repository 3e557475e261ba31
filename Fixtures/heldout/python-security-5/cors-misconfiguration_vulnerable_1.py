"""BlackSheep API for the customer dashboard."""
import os

from blacksheep import Application, Request, json as json_response

from .auth import current_account

app = Application()
app.use_sessions(os.environ["SESSION_SECRET"])

app.use_cors(  # expect: cors-misconfiguration
    allow_methods="GET POST PUT DELETE",
    allow_origins="*",
    allow_headers="*",
    allow_credentials=True,
    max_age=600,
)


@app.router.get("/api/account")
async def account(request: Request):
    acct = await current_account(request)
    return json_response({"id": acct.id, "plan": acct.plan})
