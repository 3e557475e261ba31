from datasette import hookimpl

EXPOSED_HEADERS = "X-Row-Count, X-Query-Time"


def _with_cors(app):
    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(event):
            if event["type"] == "http.response.start":
                headers = list(event.get("headers", []))
                headers.append((b"access-control-allow-origin", b"*"))  # expect: cors-misconfiguration
                headers.append((b"access-control-allow-credentials", b"true"))
                headers.append((b"access-control-expose-headers", EXPOSED_HEADERS.encode()))
                event = dict(event, headers=headers)
            await send(event)

        await app(scope, receive, send_with_headers)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    return _with_cors
