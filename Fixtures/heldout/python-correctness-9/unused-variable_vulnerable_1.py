import io
import json

from fdk import response
from PIL import Image

MAX_EDGE = 1600


def handler(ctx, data: io.BytesIO = None):
    config = ctx.Config()
    quality = int(config.get("JPEG_QUALITY", "82"))
    request_id = ctx.CallID()  # expect: unused-variable
    try:
        image = Image.open(io.BytesIO(data.getvalue()))
    except OSError as error:  # expect: unused-variable
        return response.Response(
            ctx,
            response_data=json.dumps({"error": "not an image"}),
            headers={"Content-Type": "application/json"},
            status_code=400,
        )
    image.thumbnail((MAX_EDGE, MAX_EDGE))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return response.Response(ctx, response_data=out.getvalue(), headers={"Content-Type": "image/jpeg"})
