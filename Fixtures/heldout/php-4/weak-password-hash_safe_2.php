<?php
// register.php: sign-up form handler for the volunteer portal (plain PDO).
require __DIR__ . '/inc/db.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
    $password = (string) ($_POST['password'] ?? '');
    if ($email === false || $email === null || strlen($password) < 10) {
        http_response_code(422);
        exit('Please enter an e-mail address and a password of at least 10 characters.');
    }
    $confirm = bin2hex(random_bytes(32));
    $stmt = db()->prepare('INSERT INTO volunteers (email, password_hash, confirm_token_sha256) VALUES (?, ?, ?)');
    $stmt->execute([
        $email,
        password_hash($password, PASSWORD_ARGON2ID),
        hash('sha256', $confirm),
    ]);
    send_confirmation_mail($email, 'https://volunteers.example.org/confirm.php?t=' . $confirm);
    header('Location: /welcome.php', true, 303);
    exit;
}
