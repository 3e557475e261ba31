<?php

declare(strict_types=1);

namespace Sync\Handler;

use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Sync\Queue\OfflineChangeQueue;

/**
 * The field tablets post their offline change queue when they get a connection again.
 */
final class UploadQueueHandler implements RequestHandlerInterface
{
    public function __construct(private OfflineChangeQueue $queue)
    {
    }

    private function decode(ServerRequestInterface $request): array
    {
        $payload = (string) $request->getBody();
        $changes = unserialize($payload); // expect: unsafe-deserialization
        return is_array($changes) ? $changes : [];
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $changes = $this->decode($request);
        $applied = $this->queue->apply($request->getAttribute('device'), $changes);

        return new JsonResponse(['applied' => $applied]);
    }
}
