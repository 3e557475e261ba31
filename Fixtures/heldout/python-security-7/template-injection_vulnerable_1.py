"""aio-pika worker rendering transactional e-mails; shops edit their own templates."""
import asyncio
import json
import os

import aio_pika
from Cheetah.Template import Template

from .mailer import send_mail
from .shops import shop_template


def render(shop_id, kind, context):
    source = shop_template(shop_id, kind)
    return str(Template(source, searchList=[context]))  # expect: template-injection


async def on_message(message):
    async with message.process():
        job = json.loads(message.body)
        body = render(job["shop"], job["kind"], job["context"])
        await send_mail(job["to"], job["subject"], body)


async def main():
    connection = await aio_pika.connect_robust(os.environ["AMQP_URL"])
    channel = await connection.channel()
    queue = await channel.declare_queue("mail.render", durable=True)
    await queue.consume(on_message)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
