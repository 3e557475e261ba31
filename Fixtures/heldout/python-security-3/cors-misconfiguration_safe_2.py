from django.conf import settings

ALLOWED = frozenset(getattr(settings, "API_CORS_ORIGINS", ("https://app.example.com",)))


class ApiCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/public/"):
            response["Access-Control-Allow-Origin"] = "*"
            return response
        origin = request.headers.get("Origin")
        if request.path.startswith("/api/") and origin in ALLOWED:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
            response["Vary"] = "Origin"
        return response
