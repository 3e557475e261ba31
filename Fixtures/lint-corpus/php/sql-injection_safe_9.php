<?php
// A repository that builds its WHERE clause from fixed fragments and hands the values over
// separately, returned together and taken apart by position.

final class TicketRepository
{
    public function __construct(private PDO $db)
    {
    }

    /** @return array{0: string, 1: array<int, string>} */
    private function filters(array $query): array
    {
        $clauses = ['closed_at IS NULL'];
        $values = [];
        if (isset($query['queue'])) {
            $clauses[] = 'queue = ?';
            $values[] = (string) $query['queue'];
        }
        if (isset($query['assignee'])) {
            $clauses[] = 'assignee = ?';
            $values[] = (string) $query['assignee'];
        }
        return [implode(' AND ', $clauses), $values];
    }

    public function open(array $query): array
    {
        [$where, $values] = $this->filters($query);
        $stmt = $this->db->prepare('SELECT id, title FROM tickets WHERE ' . $where . ' ORDER BY id');
        $stmt->execute($values);
        return $stmt->fetchAll();
    }
}

$pdo = new PDO('sqlite:/var/lib/tickets.db');
$repo = new TicketRepository($pdo);
list($limit, $queue) = [50, $_GET['queue'] ?? 'default'];
$latest = $pdo->query("SELECT id, title FROM tickets ORDER BY id DESC LIMIT $limit")->fetchAll();
echo json_encode($repo->open($_GET));
