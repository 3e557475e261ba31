<?php
// register.php / login.php logic for the student project portal
session_start();
require __DIR__ . '/inc/db.php';   // provides $pdo

function register_user(PDO $pdo, string $email, string $password): bool
{
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
    return $stmt->execute([$email, $hash]);
}

function login_user(PDO $pdo, string $email, string $password): ?int
{
    $stmt = $pdo->prepare('SELECT id, password FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    if (!$row || !password_verify($password, $row['password'])) {
        return null;
    }
    if (password_needs_rehash($row['password'], PASSWORD_DEFAULT)) {
        $pdo->prepare('UPDATE users SET password = ? WHERE id = ?')
            ->execute([password_hash($password, PASSWORD_DEFAULT), $row['id']]);
    }
    return (int)$row['id'];
}

// Gravatar wants the MD5 of the e-mail address; this is not a password.
function avatar_url(string $email): string
{
    return 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($email))) . '?s=80';
}
