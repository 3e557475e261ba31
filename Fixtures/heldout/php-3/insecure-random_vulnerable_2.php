<?php

namespace App\Services;

use App\Models\Voucher;

class VoucherService
{
    public function issue(int $customerId, int $percent): Voucher
    {
        $chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            $code .= $chars[rand(0, strlen($chars) - 1)]; // expect: insecure-random
        }
        return Voucher::create([
            'customer_id' => $customerId,
            'code' => $code,
            'percent' => $percent,
            'pin' => str_pad((string) mt_rand(0, 9999), 4, '0', STR_PAD_LEFT), // expect: insecure-random
        ]);
    }
}
