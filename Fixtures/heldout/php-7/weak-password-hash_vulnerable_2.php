<?php

declare(strict_types=1);

namespace Clinic\Accounts;

use Aura\Sql\ExtendedPdo;

// Patient portal accounts (Aura.Sql).
final class PatientAccounts
{
    public function __construct(private ExtendedPdo $pdo, private string $pepper)
    {
    }

    private function digest(string $salt, string $password): string
    {
        return hash('sha1', $salt . $password . $this->pepper); // expect: weak-password-hash
    }

    public function create(string $email, string $password): void
    {
        $salt = bin2hex(random_bytes(8));
        $this->pdo->perform(
            'INSERT INTO patients (email, salt, password_digest) VALUES (:email, :salt, :digest)',
            ['email' => $email, 'salt' => $salt, 'digest' => $this->digest($salt, $password)]
        );
    }

    public function check(string $email, string $password): bool
    {
        $row = $this->pdo->fetchOne('SELECT salt, password_digest, legacy_pin FROM patients WHERE email = :email', ['email' => $email]);
        if ($row === false) {
            return false;
        }
        if ($row['legacy_pin'] !== null) {
            return hash_equals($row['legacy_pin'], base64_encode(hash('sha256', $password, true))); // expect: weak-password-hash
        }
        return hash_equals($row['password_digest'], $this->digest($row['salt'], $password));
    }

    public function changePassword(string $email, string $password): void
    {
        $this->pdo->perform(
            'UPDATE patients SET password_digest = :digest, legacy_pin = NULL WHERE email = :email',
            ['digest' => sha1($password), 'email' => $email] // expect: weak-password-hash
        );
    }
}
