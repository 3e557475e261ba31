import json
from urllib.parse import quote

import pulsar
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.ioloop import IOLoop

HOOK_GATEWAY = "https://hooks-gateway.internal.example.com/deliver/"
client = pulsar.Client("pulsar://pulsar.internal:6650")
consumer = client.subscribe("persistent://shop/hooks/deliveries", "webhook-sender")


async def deliver(event):
    subscription = quote(str(event["subscription_id"]), safe="")
    request = HTTPRequest(
        HOOK_GATEWAY + subscription,
        method="POST",
        body=json.dumps(event["payload"]),
        headers={"Content-Type": "application/json"},
        request_timeout=10,
    )
    return await AsyncHTTPClient().fetch(request, raise_error=False)


async def run():
    while True:
        message = consumer.receive()
        response = await deliver(json.loads(message.data()))
        if response.code < 500:
            consumer.acknowledge(message)
        else:
            consumer.negative_acknowledge(message)


if __name__ == "__main__":
    IOLoop.current().run_sync(run)
