<?php
// profile.php - update form handler (legacy code from the register_globals days)
session_start();
require __DIR__ . '/inc/db.php';   // provides $pdo

$is_admin = false;
$uid = $_SESSION['uid'] ?? 0;

extract($_POST); // expect: extract-request

if (!$uid) {
    header('Location: /login.php');
    exit;
}

$stmt = $pdo->prepare('UPDATE users SET display_name = ?, bio = ? WHERE id = ?');
$stmt->execute([$display_name ?? '', $bio ?? '', $uid]);

if ($is_admin) {
    $pdo->prepare('UPDATE users SET role = ? WHERE id = ?')->execute([$role ?? 'user', $uid]);
}

header('Location: /profile.php?saved=1');
exit;
