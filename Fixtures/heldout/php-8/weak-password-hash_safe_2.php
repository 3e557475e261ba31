<?php

namespace Application\Authentication;

use Concrete\Core\Database\Connection\Connection;

class KioskPinAuthenticator
{
    public function __construct(private Connection $db)
    {
    }

    public function enroll(int $userId, string $pin): void
    {
        $this->db->update('kiosk_pins', ['pin_hash' => password_hash($pin, PASSWORD_BCRYPT)], ['user_id' => $userId]);
    }

    public function check(int $userId, string $pin): bool
    {
        $stored = $this->db->fetchOne('SELECT pin_hash FROM kiosk_pins WHERE user_id = ?', [$userId]);
        if ($stored === false || !password_verify($pin, (string) $stored)) {
            return false;
        }
        if (password_needs_rehash((string) $stored, PASSWORD_BCRYPT)) {
            $this->enroll($userId, $pin);
        }
        return true;
    }
}
