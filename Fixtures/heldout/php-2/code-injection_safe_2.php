<?php

namespace App\Pricing;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class DiscountRuleAction
{
    private const RULES = ['none', 'percent10', 'minus5', 'bulk'];

    public function __invoke(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $total = (float) ($body['total'] ?? 0);
        $name = in_array($body['rule'] ?? 'none', self::RULES, true) ? $body['rule'] : 'none';

        $rules = [
            'none' => fn (float $t) => $t,
            'percent10' => fn (float $t) => $t * 0.9,
            'minus5' => fn (float $t) => max(0, $t - 5),
            'bulk' => fn (float $t) => $t > 100 ? $t * 0.85 : $t,
        ];
        $discounted = call_user_func($rules[$name], $total);

        $response->getBody()->write(json_encode(['total' => $discounted, 'rule' => $name]));
        return $response->withHeader('Content-Type', 'application/json');
    }
}
