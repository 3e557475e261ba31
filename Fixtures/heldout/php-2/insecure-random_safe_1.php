<?php
require __DIR__ . '/inc/db.php';
require __DIR__ . '/inc/mailer.php';

$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
if ($email === false) {
    exit('Please enter a valid address.');
}

$token = bin2hex(random_bytes(32));
$stmt = $pdo->prepare('UPDATE users SET reset_token = ?, reset_expires = NOW() + INTERVAL 1 HOUR WHERE email = ?');
$stmt->execute([hash('sha256', $token), $email]);

$code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
send_mail($email, 'Reset your password', "Your code is $code or open https://example.org/reset?t=$token");

$tips = ['Use a password manager.', 'Never reuse passwords.', 'Turn on two-factor login.'];
echo 'If the address is registered, a message is on its way. Tip: ' . $tips[array_rand($tips)];
