"""Google Cloud Functions backing the partner widget."""
import functions_framework

from .store import load_widget, save_widget


def _cors_headers(origin):
    return {
        "Access-Control-Allow-Origin": origin,  # expect: cors-misconfiguration
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST",
        "Vary": "Origin",
    }


@functions_framework.http
def widget(request):
    origin = request.headers.get("Origin", "")
    headers = _cors_headers(origin)
    if request.method == "OPTIONS":
        return ("", 204, headers)
    return (load_widget(request.args.get("id", "")), 200, headers)


@functions_framework.http
def widget_save(request):
    headers = {
        "Access-Control-Allow-Origin": request.headers.get("Origin", "*"),  # expect: cors-misconfiguration
        "Access-Control-Allow-Credentials": "true",
    }
    save_widget(request.get_json(silent=True) or {})
    return ("", 204, headers)
