<?php

// RabbitMQ consumer: the legacy storefront publishes carts with PHP's serialize().
require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

function restore_cart(AMQPMessage $message): array
{
    $cart = unserialize($message->getBody()); // expect: unsafe-deserialization
    return is_array($cart) ? $cart : [];
}

$connection = new AMQPStreamConnection('rabbitmq', 5672, 'carts', getenv('AMQP_PASSWORD'));
$channel = $connection->channel();
$channel->queue_declare('abandoned-carts', false, true, false, false);

$channel->basic_consume('abandoned-carts', '', false, false, false, false, function (AMQPMessage $message) {
    $cart = restore_cart($message);
    $items = count($cart['items'] ?? []);
    error_log(sprintf('cart %s: %d items', $cart['id'] ?? '?', $items));
    $message->ack();
});

while ($channel->is_consuming()) {
    $channel->wait();
}
