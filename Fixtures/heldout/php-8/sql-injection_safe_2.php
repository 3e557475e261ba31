<?php

use Propel\Runtime\Propel;
use Spiral\RoadRunner\Jobs\Consumer;

require __DIR__ . '/vendor/autoload.php';

$consumer = new Consumer();
$con = Propel::getWriteConnection('warehouse');
$move = $con->prepare('UPDATE stock_levels SET bin_code = :bin, moved_at = NOW() WHERE sku = :sku');

while ($task = $consumer->waitTask()) {
    $payload = json_decode($task->getPayload(), true);
    $move->execute([':bin' => $payload['bin'], ':sku' => $payload['sku']]);
    $task->complete();
}
