"""API settings for the partner portal, and a Lambda answering CORS itself."""
from litestar import Litestar
from litestar.config.cors import CORSConfig

cors = CORSConfig(allow_origins=["*"], allow_credentials=True)  # expect: cors

app = Litestar(route_handlers=[], cors_config=cors)


def options_handler(event, context):
    origin = event["headers"].get("origin", "")
    return {
        "statusCode": 204,
        "headers": {
            "Access-Control-Allow-Origin": origin,  # expect: cors
            "Access-Control-Allow-Credentials": "true",
        },
    }
