<?php

namespace App\Auth;

use PDO;

class UserRepository
{
    private const SALT = 'k8#Lq2!z';

    public function __construct(private PDO $db)
    {
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $hash = sha1(self::SALT . $newPassword); // expect: weak-password-hash
        $this->db->prepare('UPDATE users SET pass_hash = ? WHERE id = ?')->execute([$hash, $userId]);
    }

    public function verify(string $username, string $password): bool
    {
        $stmt = $this->db->prepare('SELECT pass_hash FROM users WHERE username = ?');
        $stmt->execute([$username]);
        $stored = $stmt->fetchColumn();
        if ($stored === false) {
            return false;
        }
        return hash_equals($stored, hash('sha1', self::SALT . $password)); // expect: weak-password-hash
    }

    public function createApiUser(string $name, string $secret): void
    {
        $hash = hash('md5', $secret); // expect: weak-password-hash
        $this->db->prepare('INSERT INTO api_users (name, secret_hash) VALUES (?, ?)')->execute([$name, $hash]);
    }
}
