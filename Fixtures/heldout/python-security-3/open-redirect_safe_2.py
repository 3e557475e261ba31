from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
AFTER_SIGNUP = {
    "billing": "billing_overview",
    "team": "team_settings",
    "docs": "docs_home",
}


@app.get("/welcome")
async def welcome(request: Request, goto: str = "home"):
    route = AFTER_SIGNUP.get(goto, "home")
    return RedirectResponse(request.url_for(route), status_code=303)


@app.get("/r/{code}")
async def short_link(code: str):
    target = "/articles/" + code if code.isalnum() else "/articles/"
    return RedirectResponse(target, status_code=302)
