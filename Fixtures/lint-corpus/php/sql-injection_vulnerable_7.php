<?php
namespace App\Repository;

final class MemberRepository
{
    public function __construct(private Connection $db)
    {
    }

    public function byEmail(string $email): ?array
    {
        return $this->db->fetchOne("SELECT id, name FROM members WHERE email = '$email'"); // expect: sql-injection
    }

    public function rename(int $id, string $name): void
    {
        $sql = "UPDATE members SET name = '" . $name . "' WHERE id = " . $id;
        $this->db->run($sql); // expect: sql-injection
    }
}
