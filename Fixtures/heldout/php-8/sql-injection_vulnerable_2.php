<?php

use Propel\Runtime\Propel;
use Spiral\RoadRunner\Jobs\Consumer;

require __DIR__ . '/vendor/autoload.php';

$consumer = new Consumer();
$con = Propel::getWriteConnection('warehouse');

while ($task = $consumer->waitTask()) {
    $payload = json_decode($task->getPayload(), true);
    $sku = $payload['sku'];
    $bin = $payload['bin'];

    $query = "UPDATE stock_levels SET bin_code = '$bin', moved_at = NOW() WHERE sku = '$sku'";
    $con->exec($query); // expect: sql-injection

    $task->complete();
}
