<?php

namespace App\Downloads;

final class LinkVerifier
{
    public function __construct(private string $key)
    {
    }

    public function isValid(string $file, int $expires, string $token): bool
    {
        return $expires >= time() && hash_equals(hash_hmac('sha256', $file . '|' . $expires, $this->key), $token);
    }

    public function matchesChecksum(string $path, string $expected): bool
    {
        return hash_file('sha256', $path) === strtolower($expected);
    }

    public function sameSize(string $a, string $b): bool
    {
        return filesize($a) == filesize($b);
    }
}
