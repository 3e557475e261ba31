<?php

namespace App\Services;

final class InviteService
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function createInvite(): string
    {
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            $code .= self::ALPHABET[random_int(0, strlen(self::ALPHABET) - 1)];
        }
        return $code;
    }

    public function avatarColour(string $name): string
    {
        mt_srand(crc32($name));
        return sprintf('#%06X', mt_rand(0, 0xFFFFFF));
    }

    public function shuffledQuestions(array $questions): array
    {
        shuffle($questions);
        return array_slice($questions, 0, rand(5, 8));
    }
}
