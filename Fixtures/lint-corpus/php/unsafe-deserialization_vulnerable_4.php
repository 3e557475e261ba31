<?php
// A queue worker: orders arrive from the storefront through the broker.
$channel->basic_consume('orders', '', false, false, false, false, function ($message) {
    $order = unserialize($message->body); // expect: unsafe-deserialization
    save_order($order);
    $message->ack();
});

final class ImportOrder
{
    public function fire(Job $job, array $payload): void
    {
        $order = unserialize(base64_decode($payload['order'])); // expect: unsafe-deserialization
        save_order($order);
        $job->delete();
    }
}
