<?php

namespace App\Auth;

use PDO;

final class LegacyPasswordHasher
{
    public function __construct(private PDO $db, private string $pepper)
    {
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $salt = bin2hex(random_bytes(8));
        $hash = hash('sha1', $salt . $newPassword . $this->pepper); // expect: weak-password-hash
        $stmt = $this->db->prepare('UPDATE users SET salt = ?, password = ? WHERE id = ?');
        $stmt->execute([$salt, $hash, $userId]);
    }

    public function check(array $user, string $password): bool
    {
        $hash = sha1($user['salt'] . $password . $this->pepper); // expect: weak-password-hash
        return hash_equals($user['password'], $hash);
    }
}
