<?php

require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
$link = mysqli_connect('127.0.0.1', 'loyalty', getenv('DB_PASSWORD'), 'loyalty');

function awardPoints(mysqli $link, array $event): bool
{
    $stmt = mysqli_prepare($link, 'UPDATE cards SET points = points + ?, last_store = ? WHERE card_no = ?');
    $points = (int) $event['points'];
    $store = (string) $event['store'];
    $card = (string) $event['card'];
    mysqli_stmt_bind_param($stmt, 'iss', $points, $store, $card);
    return mysqli_stmt_execute($stmt);
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
