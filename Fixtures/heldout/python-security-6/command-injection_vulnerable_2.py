"""arq worker that converts uploaded documents; jobs queued from a Klein API."""
import asyncio
import json

from arq import create_pool
from arq.connections import RedisSettings
from klein import Klein

web = Klein()
REDIS = RedisSettings(host="redis")


class ConvertCommand:
    def __init__(self, source, fmt):
        self.source = source
        self.fmt = fmt

    def render(self):
        parts = ["soffice --headless --convert-to", self.fmt, "--outdir /srv/out", self.source]
        return " ".join(parts)


async def convert(ctx, source, fmt):
    cmd = ConvertCommand(source, fmt).render()
    proc = await asyncio.create_subprocess_shell(cmd)  # expect: command-injection
    return await proc.wait()


@web.route("/convert", methods=["POST"])
async def enqueue(request):
    body = json.loads(request.content.read())
    pool = await create_pool(REDIS)
    job = await pool.enqueue_job("convert", body["path"], body.get("format", "pdf"))
    return json.dumps({"job": job.job_id})


class WorkerSettings:
    functions = [convert]
    redis_settings = REDIS
