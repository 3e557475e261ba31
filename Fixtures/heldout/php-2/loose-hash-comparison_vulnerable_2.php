<?php

namespace App\Downloads;

final class LinkVerifier
{
    public function __construct(private string $key)
    {
    }

    public function isValid(string $file, int $expires, string $token): bool
    {
        if ($expires < time()) {
            return false;
        }
        return md5($this->key . $file . $expires) == $token; // expect: loose-hash-comparison
    }

    public function matchesChecksum(string $path, string $expected): bool
    {
        return sha1_file($path) == $expected; // expect: loose-hash-comparison
    }
}
