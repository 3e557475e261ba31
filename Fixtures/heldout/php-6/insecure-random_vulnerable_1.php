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
        $code = '';
        for ($i = 0; $i < 6; $i++) {
            $code .= (string) mt_rand(0, 9); // expect: insecure-random
        }
        $this->database->insert('acme_sms_codes')
            ->fields(['uid' => $uid, 'code' => $code, 'expires' => time() + 300])
            ->execute();
        return $code;
    }

    public function apiKey(int $uid): string
    {
        $key = uniqid('ak_' . $uid . '_', true); // expect: insecure-random
        $this->database->merge('acme_api_keys')
            ->key('uid', $uid)
            ->fields(['api_key' => hash('sha256', $key)])
            ->execute();
        return $key;
    }
}
