"""Muffin link shortener: destinations come from a fixed campaign table."""
import muffin

app = muffin.Application()
CAMPAIGNS = {
    "spring": "https://www.example.com/spring-sale",
    "app": "https://www.example.com/download",
}


@app.route("/go")
async def go(request):
    campaign = request.url.query.get("c", "")
    return muffin.ResponseRedirect(CAMPAIGNS.get(campaign, "/"))


@app.route("/home")
async def home(request):
    response = muffin.Response("", status_code=302)
    response.headers["Location"] = "/"
    return response
