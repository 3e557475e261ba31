"""Dramatiq worker configuration for the thumbnail service."""
import dramatiq
import redis
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.results import Results
from dramatiq.results.backends import RedisBackend

broker = RabbitmqBroker(url="amqp://thumbs:Wq8!rT2zLm4@mq.internal:5672/media")  # expect: hardcoded-secret
result_client = redis.Redis(
    host="cache.internal",
    port=6379,
    password="c4che-Pa55-Th0mbs",  # expect: hardcoded-secret
)
broker.add_middleware(Results(backend=RedisBackend(client=result_client)))
dramatiq.set_broker(broker)


@dramatiq.actor(store_results=True)
def make_thumbnail(image_key):
    from .images import render_thumbnail

    return render_thumbnail(image_key, size=(320, 240))
