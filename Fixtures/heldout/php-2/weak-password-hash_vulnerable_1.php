<?php
// Registration form handler (plain PHP + mysqli).
require __DIR__ . '/inc/db.php';

$username = trim($_POST['username'] ?? '');
$password = $_POST['password'] ?? '';

if (strlen($password) < 8) {
    exit('Password too short');
}

$salt = bin2hex(random_bytes(8));
$hash = sha1($salt . $password); // expect: weak-password-hash

$stmt = $mysqli->prepare('INSERT INTO users (username, salt, password_hash) VALUES (?, ?, ?)');
$stmt->bind_param('sss', $username, $salt, $hash);
$stmt->execute();

header('Location: /login.php?registered=1');
