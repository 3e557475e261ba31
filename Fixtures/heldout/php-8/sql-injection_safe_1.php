<?php

declare(strict_types=1);

namespace App\JsonRpc;

use Hyperf\DbConnection\Db;
use Hyperf\RpcServer\Annotation\RpcService;

#[RpcService(name: 'TicketService', protocol: 'jsonrpc-http', server: 'jsonrpc-http')]
class TicketService
{
    private const SORTS = ['created_at' => 'created_at', 'status' => 'status', 'title' => 'title'];

    public function search(array $filter, string $sort = 'created_at'): array
    {
        $clauses = ['project = ?'];
        $bindings = [$filter['project']];
        if (!empty($filter['label'])) {
            $clauses[] = 'labels LIKE ?';
            $bindings[] = '%' . $filter['label'] . '%';
        }
        $order = self::SORTS[$sort] ?? 'created_at';
        $sql = 'SELECT id, title, status FROM tickets WHERE ' . implode(' AND ', $clauses) . ' ORDER BY ' . $order;
        return Db::select($sql, $bindings);
    }

    public function close(int $id, string $resolution): int
    {
        return Db::update("UPDATE tickets SET status = 'closed', resolution = ? WHERE id = ?", [$resolution, $id]);
    }
}
