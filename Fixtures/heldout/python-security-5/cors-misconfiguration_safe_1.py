"""BlackSheep API for the customer dashboard, origins from configuration."""
import os

from blacksheep import Application, Request, json as json_response

from .auth import current_account

app = Application()
app.use_sessions(os.environ["SESSION_SECRET"])

DASHBOARD_ORIGINS = [o.strip() for o in os.environ["DASHBOARD_ORIGINS"].split(",") if o.strip()]

app.use_cors(
    allow_methods="GET POST PUT DELETE",
    allow_origins=DASHBOARD_ORIGINS,
    allow_headers="Content-Type Authorization",
    allow_credentials=True,
    max_age=600,
)


@app.router.get("/api/account")
async def account(request: Request):
    acct = await current_account(request)
    return json_response({"id": acct.id, "plan": acct.plan})
