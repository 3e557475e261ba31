<?php
declare(strict_types=1);

namespace App\Auth;

use Authentication\PasswordHasher\AbstractPasswordHasher;

/**
 * Hasher kept for the accounts migrated from the old members system.
 */
class LegacyPasswordHasher extends AbstractPasswordHasher
{
    protected array $_defaultConfig = [
        'salt' => 'c1ub-m3mb3rs',
    ];

    public function hash(string $password): string|false
    {
        return sha1($this->getConfig('salt') . $password); // expect: weak-password-hash
    }

    public function check(string $password, string $hashedPassword): bool
    {
        $candidate = sha1($this->getConfig('salt') . $password); // expect: weak-password-hash
        return hash_equals($hashedPassword, $candidate);
    }
}
