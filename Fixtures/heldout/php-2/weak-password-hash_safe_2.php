<?php

namespace App\Auth;

final class UserProvider
{
    public function __construct(private \PDO $pdo)
    {
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $hash = password_hash($newPassword, PASSWORD_ARGON2ID);
        $this->pdo->prepare('UPDATE users SET password = ? WHERE id = ?')->execute([$hash, $userId]);
    }

    public function verify(string $stored, string $given): bool
    {
        return password_verify($given, $stored);
    }

    public function cacheKey(string $path): string
    {
        return 'tpl_' . sha1($path);
    }
}
