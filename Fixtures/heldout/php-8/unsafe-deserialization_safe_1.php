<?php

namespace App\Jobs;

use Illuminate\Contracts\Queue\Job;

class ImportLegacyCart
{
    public function fire(Job $job, array $data): void
    {
        $cart = $this->decode($data['blob']);
        foreach ($cart['items'] ?? [] as $item) {
            app('db')->table('cart_items')->insert([
                'cart_id' => (int) $cart['id'],
                'sku' => (string) $item['sku'],
                'qty' => (int) $item['qty'],
            ]);
        }
        $job->delete();
    }

    private function decode(string $blob): array
    {
        $raw = gzuncompress(base64_decode($blob, true));
        return json_decode($raw, true, 8, JSON_THROW_ON_ERROR);
    }
}
