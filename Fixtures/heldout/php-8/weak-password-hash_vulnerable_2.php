<?php

namespace Application\Authentication;

use Concrete\Core\Database\Connection\Connection;

class KioskPinAuthenticator
{
    public function __construct(private Connection $db)
    {
    }

    private function pinDigest(string $pin): string
    {
        return hash('md5', $pin); // expect: weak-password-hash
    }

    public function enroll(int $userId, string $pin): void
    {
        $this->db->update('kiosk_pins', ['pin_hash' => $this->pinDigest($pin)], ['user_id' => $userId]);
    }

    public function check(int $userId, string $pin): bool
    {
        $stored = $this->db->fetchOne('SELECT pin_hash FROM kiosk_pins WHERE user_id = ?', [$userId]);
        return $stored !== false && hash_equals((string) $stored, $this->pinDigest($pin));
    }
}
