<?php

namespace Drupal\acme_sms\Service;

use Drupal\Core\Database\Connection;

class OneTimeCodeService
{
    public function __construct(private Connection $database)
    {
    }

    public function issue(int $uid): string
    {
        $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
        $this->database->insert('acme_sms_codes')
            ->fields(['uid' => $uid, 'code' => $code, 'expires' => time() + 300])
            ->execute();
        return $code;
    }

    public function apiKey(int $uid): string
    {
        $key = 'ak_' . bin2hex(random_bytes(24));
        $this->database->merge('acme_api_keys')
            ->key('uid', $uid)
            ->fields(['api_key' => hash('sha256', $key)])
            ->execute();
        return $key;
    }

    public function retryDelay(int $attempt): int
    {
        // Spread SMS gateway retries; predictability is harmless here.
        return min(60, 2 ** $attempt) + mt_rand(0, 3);
    }
}
