<?php

namespace App\Auth;

use PDO;

final class PasswordHasher
{
    public function __construct(private PDO $db)
    {
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $hash = password_hash($newPassword, PASSWORD_ARGON2ID);
        $stmt = $this->db->prepare('UPDATE users SET password = ? WHERE id = ?');
        $stmt->execute([$hash, $userId]);
    }

    public function check(array $user, string $password): bool
    {
        if (!password_verify($password, $user['password'])) {
            return false;
        }
        if (password_needs_rehash($user['password'], PASSWORD_ARGON2ID)) {
            $this->changePassword((int) $user['id'], $password);
        }
        return true;
    }

    public static function cacheKey(string $path): string
    {
        return 'tpl_' . sha1($path);
    }
}
