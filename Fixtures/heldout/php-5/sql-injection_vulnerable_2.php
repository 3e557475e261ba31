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

    private function conditions(array $params): string
    {
        $where = ['l.returned_at IS NULL'];
        if (!empty($params['member'])) {
            $where[] = "m.card_number = '{$params['member']}'";
        }
        if (!empty($params['title'])) {
            $where[] = "b.title LIKE '%" . $params['title'] . "%'";
        }
        return implode(' AND ', $where);
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $sql = 'SELECT l.id, b.title, m.card_number, l.due_at
                FROM loans l JOIN books b ON b.id = l.book_id JOIN members m ON m.id = l.member_id
                WHERE ' . $this->conditions($request->getQueryParams()) . ' ORDER BY l.due_at';

        $rows = $this->adapter->query($sql, Adapter::QUERY_MODE_EXECUTE); // expect: sql-injection

        return new JsonResponse(iterator_to_array($rows));
    }
}
