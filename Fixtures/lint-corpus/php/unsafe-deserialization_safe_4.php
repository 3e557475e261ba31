<?php
$channel->basic_consume('orders', '', false, false, false, false, function ($message) {
    $order = json_decode($message->body, true, 16, JSON_THROW_ON_ERROR);
    save_order($order);
    $message->ack();
});

final class ImportOrder
{
    public function fire(Job $job, array $payload): void
    {
        $order = unserialize(base64_decode($payload['order']), ['allowed_classes' => false]);
        save_order($order);
        $job->delete();
    }
}
