<?php
// Password reset: mails a code to the user.
function send_reset_code(PDO $pdo, string $email): void
{
    $code = mt_rand(100000, 999999); // expect: insecure-random
    $stmt = $pdo->prepare('UPDATE users SET reset_code = ? WHERE email = ?');
    $stmt->execute([$code, $email]);
    mail($email, 'Your reset code', "Your code is $code");
}
