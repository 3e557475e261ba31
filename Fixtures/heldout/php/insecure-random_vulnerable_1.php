<?php
// forgot-password.php - mails a reset link
require __DIR__ . '/inc/db.php';     // provides $pdo
require __DIR__ . '/inc/mailer.php'; // provides send_mail()

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = trim($_POST['email'] ?? '');
    $stmt = $pdo->prepare('SELECT id FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $uid = $stmt->fetchColumn();

    if ($uid !== false) {
        $token = md5(uniqid((string)mt_rand(), true)); // expect: insecure-random
        $pdo->prepare('INSERT INTO password_resets (user_id, token, expires_at) VALUES (?, ?, NOW() + INTERVAL 1 HOUR)')
            ->execute([$uid, $token]);
        send_mail($email, 'Reset your password', "https://example.org/reset.php?token=$token");
    }
    header('Location: /forgot-password.php?sent=1');
    exit;
}

function generate_pin(): string
{
    return str_pad((string)rand(0, 999999), 6, '0', STR_PAD_LEFT); // expect: insecure-random
}
