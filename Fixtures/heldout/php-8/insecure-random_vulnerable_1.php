<?php

declare(strict_types=1);

namespace App\Controller;

use Hyperf\HttpServer\Annotation\Controller;
use Hyperf\HttpServer\Annotation\PostMapping;
use Hyperf\HttpServer\Contract\RequestInterface;
use Hyperf\Redis\Redis;

#[Controller(prefix: '/magic-link')]
class MagicLinkController
{
    public function __construct(private Redis $redis)
    {
    }

    private function linkToken(): string
    {
        $token = '';
        for ($i = 0; $i < 40; $i++) {
            $token .= dechex(mt_rand(0, 15)); // expect: insecure-random
        }
        return $token;
    }

    #[PostMapping(path: '')]
    public function send(RequestInterface $request): array
    {
        $email = (string) $request->input('email');
        $token = $this->linkToken();
        $this->redis->setex('magic:' . $token, 900, $email);
        return ['sent' => true];
    }
}
