<?php
function send_reset_code(PDO $pdo, string $email): void
{
    $code = random_int(100000, 999999);
    $stmt = $pdo->prepare('UPDATE users SET reset_code = ? WHERE email = ?');
    $stmt->execute([$code, $email]);
    mail($email, 'Your reset code', "Your code is $code");
}

$tip = $tips[mt_rand(0, count($tips) - 1)];
$dice = rand(1, 6);
