<?php

namespace App\Controller;

use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class PaymentWebhookController
{
    public function __construct(
        #[Autowire('%env(PAYMENT_WEBHOOK_SECRET)%')] private readonly string $secret,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('/webhooks/payments', methods: ['POST'])]
    public function __invoke(Request $request): JsonResponse
    {
        $body = $request->getContent();
        $signature = (string) $request->headers->get('X-Payment-Signature');
        if (!hash_equals(hash_hmac('sha256', $body, $this->secret), $signature)) {
            return new JsonResponse(['error' => 'bad signature'], 401);
        }
        $event = json_decode($body, true, 32, JSON_THROW_ON_ERROR);
        if (($event['type'] ?? '') == 'payment.refunded') {
            $this->logger->notice('refund', ['id' => $event['id'] ?? null]);
        }

        return new JsonResponse(['received' => true]);
    }
}
