<?php

namespace App\Jobs;

use Illuminate\Contracts\Queue\Job;

/**
 * Lumen queue handler for carts handed over from the legacy shop.
 */
class ImportLegacyCart
{
    public function fire(Job $job, array $data): void
    {
        $cart = $this->decode($data['blob']);
        foreach ($cart['items'] ?? [] as $item) {
            app('db')->table('cart_items')->insert([
                'cart_id' => $cart['id'],
                'sku' => $item['sku'],
                'qty' => (int) $item['qty'],
            ]);
        }
        $job->delete();
    }

    private function decode(string $blob): array
    {
        $raw = gzuncompress(base64_decode($blob));
        return (array) unserialize($raw); // expect: unsafe-deserialization
    }
}
