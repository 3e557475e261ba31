<?php

namespace App\Auth;

use PDO;

class UserRepository
{
    public function __construct(private PDO $db)
    {
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $hash = password_hash($newPassword, PASSWORD_ARGON2ID);
        $this->db->prepare('UPDATE users SET pass_hash = ? WHERE id = ?')->execute([$hash, $userId]);
    }

    public function verify(string $username, string $password): bool
    {
        $stmt = $this->db->prepare('SELECT pass_hash FROM users WHERE username = ?');
        $stmt->execute([$username]);
        $stored = $stmt->fetchColumn();
        return $stored !== false && password_verify($password, $stored);
    }

    /** Cache key for the avatar thumbnail of an uploaded file. */
    public function avatarCacheKey(string $fileContents): string
    {
        return 'avatar:' . sha1($fileContents);
    }

    public function etag(string $body): string
    {
        return '"' . hash('md5', $body) . '"';
    }
}
