<?php

require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;
use Symfony\Component\Process\Process;

const MIRROR_ROOT = '/srv/mirrors';

function mirrorDir(string $repo): ?string
{
    return preg_match('/^[a-z0-9][a-z0-9._-]*$/', $repo) ? MIRROR_ROOT . '/' . $repo : null;
}

function git(string $dir, array $args): string
{
    $process = new Process(array_merge(['git', '-C', $dir], $args));
    $process->mustRun();
    return $process->getOutput();
}

$connection = new AMQPStreamConnection('localhost', 5672, 'mirror', getenv('AMQP_PASSWORD'));
$channel = $connection->channel();
$channel->queue_declare('mirror-refresh', false, true, false, false);

$channel->basic_consume('mirror-refresh', '', false, false, false, false, function (AMQPMessage $msg) {
    $job = json_decode($msg->getBody(), true);
    $dir = mirrorDir((string) ($job['repo'] ?? ''));
    if ($dir !== null) {
        git($dir, ['fetch', '--prune', '--quiet']);
        $log = git($dir, ['log', '--oneline', '--since=' . ($job['since'] ?? '1 day ago')]);
        file_put_contents('/var/log/mirror/' . date('Ymd') . '.log', $log, FILE_APPEND);
    }
    $msg->ack();
});

while ($channel->is_consuming()) {
    $channel->wait();
}
