<?php

require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

const MIRROR_ROOT = '/srv/mirrors';

function changelog(string $repo, string $since): string
{
    $dir = MIRROR_ROOT . '/' . $repo;
    return (string) `git -C $dir log --oneline --since="$since"`; // expect: command-injection
}

function refresh(string $repo): void
{
    $dir = MIRROR_ROOT . '/' . $repo;
    system("git -C $dir fetch --prune --quiet"); // expect: command-injection
}

$connection = new AMQPStreamConnection('localhost', 5672, 'mirror', getenv('AMQP_PASSWORD'));
$channel = $connection->channel();
$channel->queue_declare('mirror-refresh', false, true, false, false);

$channel->basic_consume('mirror-refresh', '', false, false, false, false, function (AMQPMessage $msg) {
    $job = json_decode($msg->getBody(), true);
    refresh($job['repo']);
    file_put_contents('/var/log/mirror/' . date('Ymd') . '.log', changelog($job['repo'], $job['since'] ?? '1 day ago'), FILE_APPEND);
    $msg->ack();
});

while ($channel->is_consuming()) {
    $channel->wait();
}
