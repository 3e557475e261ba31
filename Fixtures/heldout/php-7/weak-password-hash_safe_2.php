<?php

declare(strict_types=1);

namespace Clinic\Accounts;

use Aura\Sql\ExtendedPdo;

// Patient portal accounts (Aura.Sql).
final class PatientAccounts
{
    public function __construct(private ExtendedPdo $pdo)
    {
    }

    public function create(string $email, string $password): void
    {
        $this->pdo->perform(
            'INSERT INTO patients (email, password_digest) VALUES (:email, :digest)',
            ['email' => $email, 'digest' => password_hash($password, PASSWORD_ARGON2ID)]
        );
    }

    public function check(string $email, string $password): bool
    {
        $row = $this->pdo->fetchOne('SELECT password_digest FROM patients WHERE email = :email', ['email' => $email]);
        if ($row === false || !password_verify($password, $row['password_digest'])) {
            return false;
        }
        if (password_needs_rehash($row['password_digest'], PASSWORD_ARGON2ID)) {
            $this->changePassword($email, $password);
        }
        return true;
    }

    public function changePassword(string $email, string $password): void
    {
        $this->pdo->perform(
            'UPDATE patients SET password_digest = :digest WHERE email = :email',
            ['digest' => password_hash($password, PASSWORD_ARGON2ID), 'email' => $email]
        );
    }

    public function resetTokenDigest(string $token): string
    {
        // Reset tokens are 32 random bytes; a fast hash is enough to store them.
        return hash('sha256', $token);
    }
}
