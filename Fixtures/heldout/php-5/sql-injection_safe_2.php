<?php

declare(strict_types=1);

namespace Library\Handler;

use Laminas\Db\Adapter\Adapter;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class LoanSearchHandler implements RequestHandlerInterface
{
    public function __construct(private Adapter $adapter)
    {
    }

    /** @return array{0: string, 1: list<string>} */
    private function conditions(array $params): array
    {
        $where = ['l.returned_at IS NULL'];
        $args = [];
        if (!empty($params['member'])) {
            $where[] = 'm.card_number = ?';
            $args[] = (string) $params['member'];
        }
        if (!empty($params['title'])) {
            $where[] = 'b.title LIKE ?';
            $args[] = '%' . addcslashes((string) $params['title'], '%_') . '%';
        }
        return [implode(' AND ', $where), $args];
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        [$where, $args] = $this->conditions($request->getQueryParams());
        $sql = 'SELECT l.id, b.title, m.card_number, l.due_at
                FROM loans l JOIN books b ON b.id = l.book_id JOIN members m ON m.id = l.member_id
                WHERE ' . $where . ' ORDER BY l.due_at';

        $rows = $this->adapter->query($sql, $args);

        return new JsonResponse(iterator_to_array($rows));
    }
}
