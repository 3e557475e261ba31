<?php

require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

$link = mysqli_connect('127.0.0.1', 'loyalty', getenv('DB_PASSWORD'), 'loyalty');

function awardPoints(mysqli $link, array $event): bool
{
    $sql = sprintf(
        "UPDATE cards SET points = points + %s, last_store = '%s' WHERE card_no = '%s'",
        $event['points'],
        $event['store'],
        $event['card']
    );
    return (bool) mysqli_query($link, $sql); // expect: sql-injection
}

$amqp = new AMQPStreamConnection('localhost', 5672, 'loyalty', getenv('AMQP_PASSWORD'));
$channel = $amqp->channel();
$channel->queue_declare('till-purchases', false, true, false, false);

$channel->basic_consume('till-purchases', '', false, false, false, false, function (AMQPMessage $msg) use ($link) {
    $event = json_decode($msg->getBody(), true);
    if (is_array($event) && awardPoints($link, $event)) {
        $msg->ack();
    } else {
        $msg->nack(true);
    }
});

while ($channel->is_consuming()) {
    $channel->wait();
}
