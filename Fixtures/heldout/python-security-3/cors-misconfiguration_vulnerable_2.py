class ApiCorsMiddleware:
    """Lets the single-page apps on customer domains call /api/ with the session cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/api/"):
            return response
        origin = request.headers.get("Origin", "*")
        response["Access-Control-Allow-Origin"] = origin  # expect: cors-misconfiguration
        response["Access-Control-Allow-Credentials"] = "true"
        response["Access-Control-Allow-Headers"] = "Content-Type, X-CSRFToken"
        response["Vary"] = "Origin"
        return response
