<?php
require __DIR__ . '/inc/db.php';

$username = trim($_POST['username'] ?? '');
$password = $_POST['password'] ?? '';

if (strlen($password) < 8) {
    exit('Password too short');
}

$hash = password_hash($password, PASSWORD_DEFAULT);
$avatar = 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($_POST['email'] ?? ''))) . '?d=identicon';

$stmt = $mysqli->prepare('INSERT INTO users (username, password_hash, avatar_url) VALUES (?, ?, ?)');
$stmt->bind_param('sss', $username, $hash, $avatar);
$stmt->execute();

header('Location: /login.php?registered=1');
