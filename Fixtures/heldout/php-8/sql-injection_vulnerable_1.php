<?php

declare(strict_types=1);

namespace App\JsonRpc;

use Hyperf\DbConnection\Db;
use Hyperf\RpcServer\Annotation\RpcService;

#[RpcService(name: 'TicketService', protocol: 'jsonrpc-http', server: 'jsonrpc-http')]
class TicketService
{
    private function scope(array $filter): string
    {
        $clauses = ["project = '" . $filter['project'] . "'"];
        if (!empty($filter['label'])) {
            $clauses[] = sprintf("labels LIKE '%%%s%%'", $filter['label']);
        }
        return implode(' AND ', $clauses);
    }

    public function search(array $filter, string $sort = 'created_at'): array
    {
        $sql = 'SELECT id, title, status FROM tickets WHERE ' . $this->scope($filter) . ' ORDER BY ' . $sort;
        return Db::select($sql); // expect: sql-injection
    }

    public function close(int $id, string $resolution): int
    {
        return Db::update("UPDATE tickets SET status = 'closed', resolution = '{$resolution}' WHERE id = {$id}"); // expect: sql-injection
    }
}
