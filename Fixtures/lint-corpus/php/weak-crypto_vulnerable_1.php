<?php
// Sign-up form handler.
$pdo = new PDO('sqlite:/var/db/app.sqlite');
$email = $_POST['email'];
$password = $_POST['password'];
$hash = md5($password); // expect: weak-crypto
$stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
$stmt->execute([$email, $hash]);
