<?php

class UserRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function findByEmail(string $email): ?array
    {
        $stmt = $this->pdo->prepare('SELECT * FROM users WHERE email = ?');
        $stmt->execute([$email]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row ?: null;
    }

    public function page(int $page): array
    {
        $offset = ($page - 1) * 20;
        return $this->pdo->query("SELECT * FROM users ORDER BY id LIMIT 20 OFFSET $offset")->fetchAll();
    }
}

$repo = new UserRepository(new PDO('sqlite:/var/db/app.sqlite'));
$user = $repo->findByEmail($_POST['email']);
$list = $repo->page((int) ($_GET['page'] ?? 1));
