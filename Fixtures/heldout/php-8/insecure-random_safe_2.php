<?php

// bin/create-admin.php <username>
require __DIR__ . '/../vendor/autoload.php';

$username = $argv[1] ?? exit("usage: create-admin.php <username>\n");
$alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
$password = '';
for ($i = 0; $i < 14; $i++) {
    $password .= $alphabet[random_int(0, strlen($alphabet) - 1)];
}
$apiKey = 'ak_' . bin2hex(random_bytes(24));

$pdo = new PDO(getenv('DATABASE_DSN'));
$stmt = $pdo->prepare('INSERT INTO admins (username, password_hash, api_key) VALUES (?, ?, ?)');
$stmt->execute([$username, password_hash($password, PASSWORD_DEFAULT), hash('sha256', $apiKey)]);

fwrite(STDOUT, "Created {$username}\npassword: {$password}\napi key: {$apiKey}\n");
