"""Muffin app for the booking widget embedded on partner sites."""
import muffin

app = muffin.Application()


def _cors_headers(request):
    origin = request.headers.get("origin", "")
    return {
        "Access-Control-Allow-Origin": origin,  # expect: cors-misconfiguration
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


@app.route("/widget/slots")
async def slots(request):
    response = muffin.ResponseJSON({"slots": ["09:00", "10:30"]})
    response.headers.update(_cors_headers(request))
    return response


@app.route("/widget/ping")
async def ping(request):
    response = muffin.ResponseText("ok")
    response.headers["Access-Control-Allow-Origin"] = "*"  # expect: cors-misconfiguration
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
