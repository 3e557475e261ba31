<?php

class UserRepository
{
    public function __construct(private PDO $pdo)
    {
    }

    public function findByEmail(string $email): ?array
    {
        $stmt = $this->pdo->query("SELECT * FROM users WHERE email = '$email'"); // expect: sql-injection
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row ?: null;
    }
}

$repo = new UserRepository(new PDO('sqlite:/var/db/app.sqlite'));
$user = $repo->findByEmail($_POST['email']);
