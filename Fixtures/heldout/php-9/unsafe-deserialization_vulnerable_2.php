<?php

require __DIR__ . '/vendor/autoload.php';

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

final class ReportJob
{
    public function __construct(public string $report, public array $params, public string $mailTo)
    {
    }
}

function handle(ReportJob $job): void
{
    $file = sprintf('/var/reports/%s-%s.csv', preg_replace('/\W/', '', $job->report), date('YmdHis'));
    file_put_contents($file, implode(',', array_keys($job->params)) . "\n");
    mail($job->mailTo, 'Report ready', basename($file));
}

$amqp = new AMQPStreamConnection(getenv('AMQP_HOST'), 5672, 'reports', getenv('AMQP_PASSWORD'));
$channel = $amqp->channel();
$channel->queue_declare('report-jobs', false, true, false, false);

$channel->basic_consume('report-jobs', '', false, false, false, false, function (AMQPMessage $msg) {
    $job = unserialize($msg->getBody()); // expect: unsafe-deserialization
    if ($job instanceof ReportJob) {
        handle($job);
    }
    $msg->ack();
});

while ($channel->is_consuming()) {
    $channel->wait();
}
