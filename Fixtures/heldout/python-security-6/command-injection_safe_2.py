"""arq worker that converts uploaded documents; jobs queued from a Klein API."""
import asyncio
import json
import uuid
from pathlib import Path

from arq import create_pool
from arq.connections import RedisSettings
from klein import Klein

web = Klein()
REDIS = RedisSettings(host="redis")
UPLOADS = Path("/srv/uploads")
FORMATS = {"pdf", "odt", "docx"}


async def convert(ctx, upload_id, fmt):
    source = UPLOADS / (str(uuid.UUID(upload_id)) + ".bin")
    if fmt not in FORMATS:
        return 2
    proc = await asyncio.create_subprocess_exec(
        "soffice", "--headless", "--convert-to", fmt, "--outdir", "/srv/out", str(source)
    )
    return await proc.wait()


@web.route("/convert", methods=["POST"])
async def enqueue(request):
    body = json.loads(request.content.read())
    pool = await create_pool(REDIS)
    job = await pool.enqueue_job("convert", body["upload_id"], body.get("format", "pdf"))
    return json.dumps({"job": job.job_id})


class WorkerSettings:
    functions = [convert]
    redis_settings = REDIS
