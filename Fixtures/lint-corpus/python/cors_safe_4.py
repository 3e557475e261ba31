"""The same settings with an explicit origin list, and a Lambda that checks the origin first."""
from litestar import Litestar
from litestar.config.cors import CORSConfig

PARTNERS = {"https://partners.example.com", "https://admin.example.com"}

cors = CORSConfig(allow_origins=sorted(PARTNERS), allow_credentials=True)

app = Litestar(route_handlers=[], cors_config=cors)


def options_handler(event, context):
    origin = event["headers"].get("origin", "")
    headers = {"Vary": "Origin"}
    if origin in PARTNERS:
        headers = {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", "Vary": "Origin"}
    return {"statusCode": 204, "headers": headers}
