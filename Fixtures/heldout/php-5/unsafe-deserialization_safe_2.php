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
 * Old app versions still send PHP-serialized arrays; those are signed by the device key.
 */
final class UploadQueueHandler implements RequestHandlerInterface
{
    public function __construct(private OfflineChangeQueue $queue, private string $deviceKey)
    {
    }

    private function decode(ServerRequestInterface $request): ?array
    {
        $payload = (string) $request->getBody();
        if ($request->getHeaderLine('Content-Type') === 'application/json') {
            $changes = json_decode($payload, true, 8);
            return is_array($changes) ? $changes : null;
        }
        $mac = hash_hmac('sha256', $payload, $this->deviceKey);
        if (!hash_equals($mac, $request->getHeaderLine('X-Queue-Signature'))) {
            return null;
        }
        $changes = unserialize($payload, ['allowed_classes' => false]);
        return is_array($changes) ? $changes : null;
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $changes = $this->decode($request);
        if ($changes === null) {
            return new JsonResponse(['error' => 'rejected'], 400);
        }
        $applied = $this->queue->apply($request->getAttribute('device'), $changes);

        return new JsonResponse(['applied' => $applied]);
    }
}
