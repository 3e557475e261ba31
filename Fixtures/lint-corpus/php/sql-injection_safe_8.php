<?php
namespace App\Repository;

final class MemberRepository
{
    public function __construct(private Connection $db)
    {
    }

    public function byEmail(string $email): ?array
    {
        return $this->db->fetchOne('SELECT id, name FROM members WHERE email = ?', [$email]);
    }

    public function rename(int $id, string $name): void
    {
        $sql = 'UPDATE members SET name = ? WHERE id = ?';
        $this->db->run($sql, [$name, $id]);
        $this->db->run("UPDATE members SET seen = now() WHERE id = $id");
    }
}
