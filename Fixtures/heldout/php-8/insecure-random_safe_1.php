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
        return bin2hex(random_bytes(20));
    }

    #[PostMapping(path: '')]
    public function send(RequestInterface $request): array
    {
        $email = (string) $request->input('email');
        $token = $this->linkToken();
        $this->redis->setex('magic:' . $token, 900, $email);
        return ['sent' => true, 'retry_after' => mt_rand(30, 60)];
    }
}
