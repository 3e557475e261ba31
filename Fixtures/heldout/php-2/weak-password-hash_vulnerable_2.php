<?php

namespace App\Auth;

final class LegacyUserProvider
{
    public function __construct(private \PDO $pdo)
    {
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $digest = hash('md5', $newPassword); // expect: weak-password-hash
        $this->pdo->prepare('UPDATE users SET password = ? WHERE id = ?')->execute([$digest, $userId]);
    }

    public function createApiUser(string $name, string $secret): void
    {
        $this->pdo->prepare('INSERT INTO api_users (name, secret_hash) VALUES (?, ?)')
            ->execute([$name, hash('sha1', $secret . $name)]); // expect: weak-password-hash
    }
}
