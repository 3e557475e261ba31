<?php

namespace App\Services;

use App\Models\Voucher;

class VoucherService
{
    private const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function issue(int $customerId, int $percent): Voucher
    {
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            $code .= self::CHARS[random_int(0, strlen(self::CHARS) - 1)];
        }
        return Voucher::create([
            'customer_id' => $customerId,
            'code' => $code,
            'percent' => $percent,
            'pin' => str_pad((string) random_int(0, 9999), 4, '0', STR_PAD_LEFT),
            'colour' => sprintf('#%06X', mt_rand(0, 0xFFFFFF)),
        ]);
    }
}
