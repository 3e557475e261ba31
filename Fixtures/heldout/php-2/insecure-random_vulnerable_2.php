<?php

namespace App\Services;

final class InviteService
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function __construct(private \PDO $pdo)
    {
    }

    public function createInvite(int $teamId): string
    {
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            $code .= self::ALPHABET[mt_rand(0, strlen(self::ALPHABET) - 1)]; // expect: insecure-random
        }
        $this->pdo->prepare('INSERT INTO invites (team_id, code) VALUES (?, ?)')->execute([$teamId, $code]);
        return $code;
    }

    public function apiKey(): string
    {
        return substr(str_shuffle(str_repeat(self::ALPHABET, 4)), 0, 32); // expect: insecure-random
    }
}
