"""aio-pika worker rendering transactional e-mails from the service's own template files."""
import asyncio
import json
import os

import aio_pika
from Cheetah.Template import Template

from .mailer import send_mail

TEMPLATES = {
    "receipt": "/srv/mail/templates/receipt.tmpl",
    "shipped": "/srv/mail/templates/shipped.tmpl",
}


def render(kind, context):
    return str(Template(file=TEMPLATES[kind], searchList=[context]))


async def on_message(message):
    async with message.process():
        job = json.loads(message.body)
        if job["kind"] not in TEMPLATES:
            return
        body = render(job["kind"], job["context"])
        await send_mail(job["to"], job["subject"], body)


async def main():
    connection = await aio_pika.connect_robust(os.environ["AMQP_URL"])
    channel = await connection.channel()
    queue = await channel.declare_queue("mail.render", durable=True)
    await queue.consume(on_message)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
