<?php
// register.php: sign-up form handler for the volunteer portal (plain PDO).
require __DIR__ . '/inc/db.php';

function make_password_hash(string $password): string
{
    $salt = bin2hex(random_bytes(8));
    return $salt . ':' . hash('sha256', $salt . $password); // expect: weak-password-hash
}

function legacy_crypt(string $password): string
{
    return crypt($password, '$1$' . substr(bin2hex(random_bytes(4)), 0, 8) . '$'); // expect: weak-password-hash
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
    $password = (string) ($_POST['password'] ?? '');
    if ($email === false || $email === null || strlen($password) < 10) {
        http_response_code(422);
        exit('Please enter an e-mail address and a password of at least 10 characters.');
    }
    $stmt = db()->prepare('INSERT INTO volunteers (email, password_hash, legacy_hash) VALUES (?, ?, ?)');
    $stmt->execute([$email, make_password_hash($password), legacy_crypt($password)]);
    header('Location: /welcome.php', true, 303);
    exit;
}
