from datasette import hookimpl


def _with_cors(app, origin):
    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(event):
            if event["type"] == "http.response.start":
                headers = list(event.get("headers", []))
                headers.append((b"access-control-allow-origin", origin.encode()))
                headers.append((b"vary", b"Origin"))
                event = dict(event, headers=headers)
            await send(event)

        await app(scope, receive, send_with_headers)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    config = datasette.plugin_config("datasette-dashboard-cors") or {}
    origin = config.get("origin", "https://dashboards.example.org")

    def wrap(app):
        return _with_cors(app, origin)

    return wrap
