<?php

// bin/create-admin.php <username>
require __DIR__ . '/../vendor/autoload.php';

$username = $argv[1] ?? exit("usage: create-admin.php <username>\n");
$alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
$password = substr(str_shuffle(str_repeat($alphabet, 3)), 0, 14); // expect: insecure-random
$apiKey = uniqid('ak_', true); // expect: insecure-random

$pdo = new PDO(getenv('DATABASE_DSN'));
$stmt = $pdo->prepare('INSERT INTO admins (username, password_hash, api_key) VALUES (?, ?, ?)');
$stmt->execute([$username, password_hash($password, PASSWORD_DEFAULT), hash('sha256', $apiKey)]);

fwrite(STDOUT, "Created {$username}\npassword: {$password}\napi key: {$apiKey}\n");
