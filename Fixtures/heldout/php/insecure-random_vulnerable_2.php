<?php

namespace App\Support;

class Tokens
{
    private const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

    public static function apiKey(int $length = 40): string
    {
        $key = '';
        $max = strlen(self::ALPHABET) - 1;
        for ($i = 0; $i < $length; $i++) {
            $key .= self::ALPHABET[mt_rand(0, $max)]; // expect: insecure-random
        }
        return $key;
    }

    public static function inviteCode(): string
    {
        return substr(str_shuffle(self::ALPHABET), 0, 10); // expect: insecure-random
    }

    public static function sessionId(): string
    {
        return sha1(uniqid('', true)); // expect: insecure-random
    }
}
