<?php
declare(strict_types=1);

namespace App\Auth;

use Authentication\PasswordHasher\AbstractPasswordHasher;

/**
 * Hasher for member accounts; the old SHA-1 hashes were re-hashed on first login in 2024.
 */
class MemberPasswordHasher extends AbstractPasswordHasher
{
    protected array $_defaultConfig = [
        'algo' => PASSWORD_ARGON2ID,
        'options' => ['memory_cost' => 65536, 'time_cost' => 4],
    ];

    public function hash(string $password): string|false
    {
        return password_hash($password, $this->getConfig('algo'), $this->getConfig('options'));
    }

    public function check(string $password, string $hashedPassword): bool
    {
        return password_verify($password, $hashedPassword);
    }

    public function needsRehash(string $password): bool
    {
        return password_needs_rehash($password, $this->getConfig('algo'), $this->getConfig('options'));
    }
}
