<?php
// The same repository where one position of what the helper returns carries request text.

final class TicketRepository
{
    public function __construct(private PDO $db)
    {
    }

    private function filters(array $query): array
    {
        $order = $query['order'] ?? 'id';
        return ['closed_at IS NULL', $order];
    }

    public function open(array $query): array
    {
        [$where, $order] = $this->filters($query);
        $rows = $this->db->query("SELECT id, title FROM tickets WHERE $where ORDER BY $order"); // expect: sql-injection
        return $rows->fetchAll();
    }
}

$pdo = new PDO('sqlite:/var/lib/tickets.db');
$repo = new TicketRepository($pdo);
[$label, $queue] = ['Open tickets', $_GET['queue'] ?? 'default'];
$count = $pdo->query("SELECT COUNT(*) FROM tickets WHERE queue = '$queue'")->fetchColumn(); // expect: sql-injection
echo json_encode($repo->open($_GET));
