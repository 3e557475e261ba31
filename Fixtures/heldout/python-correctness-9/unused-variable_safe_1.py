import io
import json
import logging

from fdk import response
from PIL import Image

MAX_EDGE = 1600
log = logging.getLogger("resize")


def handler(ctx, data: io.BytesIO = None):
    config = ctx.Config()
    quality = int(config.get("JPEG_QUALITY", "82"))
    request_id = ctx.CallID()
    try:
        image = Image.open(io.BytesIO(data.getvalue()))
    except OSError as error:
        log.warning("call %s: %s", request_id, error)
        return response.Response(
            ctx,
            response_data=json.dumps({"error": "not an image", "call": request_id}),
            headers={"Content-Type": "application/json"},
            status_code=400,
        )
    image.thumbnail((MAX_EDGE, MAX_EDGE))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return response.Response(ctx, response_data=out.getvalue(), headers={"Content-Type": "image/jpeg"})
