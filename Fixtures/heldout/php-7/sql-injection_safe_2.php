<?php

// Beanstalkd worker: recomputes the totals of orders a customer changed in the storefront.
require __DIR__ . '/vendor/autoload.php';

use Pheanstalk\Pheanstalk;
use Pheanstalk\Values\TubeName;

ORM::configure('mysql:host=db;dbname=shop');
ORM::configure('username', 'worker');
ORM::configure('password', getenv('DB_PASSWORD'));

$queue = Pheanstalk::create('beanstalkd');
$queue->watch(new TubeName('recalculate-orders'));

while (true) {
    $job = $queue->reserve();
    $payload = json_decode($job->getData(), true);
    $status = $payload['status'] ?? 'open';

    $orders = ORM::for_table('orders')
        ->where_raw('customer_id = ? AND status = ?', [(int) $payload['customer'], $status])
        ->find_many();

    foreach ($orders as $order) {
        $order->total = ORM::for_table('order_lines')->where('order_id', $order->id)->sum('amount');
        $order->save();
    }
    $queue->delete($job);
}
