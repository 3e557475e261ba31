import json

from werkzeug.wrappers import Request, Response

from .inventory import list_parts


def cors_headers(request):
    origin = request.headers.get("Origin", "")
    return {
        "Access-Control-Allow-Origin": origin,  # expect: cors-misconfiguration
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, OPTIONS",
        "Vary": "Origin",
    }


@Request.application
def application(request):
    headers = cors_headers(request)
    if request.method == "OPTIONS":
        return Response(status=204, headers=headers)
    shop = request.args.get("shop", "main")
    body = json.dumps({"parts": list_parts(shop)})
    return Response(body, mimetype="application/json", headers=headers)


if __name__ == "__main__":
    from werkzeug.serving import run_simple

    run_simple("127.0.0.1", 5050, application)
