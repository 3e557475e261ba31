<?php
// "Forgot password" handler.
require __DIR__ . '/inc/db.php';
require __DIR__ . '/inc/mailer.php';

$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
if ($email === false) {
    exit('Please enter a valid address.');
}

$token = md5(uniqid((string) mt_rand(), true)); // expect: insecure-random
$stmt = $pdo->prepare('UPDATE users SET reset_token = ?, reset_expires = NOW() + INTERVAL 1 HOUR WHERE email = ?');
$stmt->execute([$token, $email]);

$code = str_pad((string) rand(0, 999999), 6, '0', STR_PAD_LEFT); // expect: insecure-random
send_mail($email, 'Reset your password', "Your code is $code or open https://example.org/reset?t=$token");
echo 'If the address is registered, a message is on its way.';
