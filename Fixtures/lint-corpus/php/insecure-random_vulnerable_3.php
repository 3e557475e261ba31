<?php

function gift_card_number(): string
{
    $digits = '0123456789';
    $code = '';
    for ($i = 0; $i < 16; $i++) {
        $code .= $digits[mt_rand(0, 9)]; // expect: insecure-random
    }
    return $code;
}
