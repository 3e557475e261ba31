<?php
$pdo = new PDO('sqlite:/var/db/app.sqlite');
$email = $_POST['email'];
$hash = password_hash($_POST['password'], PASSWORD_DEFAULT);
$stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
$stmt->execute([$email, $hash]);

$avatar = file_get_contents(__DIR__ . '/default.png');
header('ETag: "' . md5($avatar) . '"');
$cacheKey = 'user:' . sha1($email);
