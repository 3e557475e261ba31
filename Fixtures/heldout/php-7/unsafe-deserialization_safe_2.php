<?php

// RabbitMQ consumer: the storefront publishes carts as JSON.
require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

function restore_cart(AMQPMessage $message): array
{
    try {
        $cart = json_decode($message->getBody(), true, 16, JSON_THROW_ON_ERROR);
    } catch (JsonException $e) {
        error_log('unreadable cart: ' . $e->getMessage());
        return [];
    }
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
