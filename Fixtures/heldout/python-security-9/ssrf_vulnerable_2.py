import json

import pulsar
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.ioloop import IOLoop

client = pulsar.Client("pulsar://pulsar.internal:6650")
consumer = client.subscribe("persistent://shop/hooks/deliveries", "webhook-sender")


async def deliver(event):
    body = json.dumps(event["payload"])
    request = HTTPRequest(
        event["callback_url"],
        method="POST",
        body=body,
        headers={"Content-Type": "application/json"},
        request_timeout=10,
    )
    return await AsyncHTTPClient().fetch(request, raise_error=False)  # expect: ssrf


async def run():
    while True:
        message = consumer.receive()
        event = json.loads(message.data())
        response = await deliver(event)
        if response.code < 500:
            consumer.acknowledge(message)
        else:
            consumer.negative_acknowledge(message)


if __name__ == "__main__":
    IOLoop.current().run_sync(run)
