<?php

namespace App\Pricing;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class DiscountRuleAction
{
    public function __construct(private \PDO $pdo)
    {
    }

    public function __invoke(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $rule = $body['rule'] ?? 'return $total;';
        $total = (float) ($body['total'] ?? 0);

        $fn = eval("return function (\$total) { $rule };"); // expect: code-injection
        $discounted = $fn($total);

        $stmt = $this->pdo->prepare('INSERT INTO discount_rules (code) VALUES (?)');
        $stmt->execute([$rule]);

        $response->getBody()->write(json_encode(['total' => $discounted]));
        return $response->withHeader('Content-Type', 'application/json');
    }
}
