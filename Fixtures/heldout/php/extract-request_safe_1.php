<?php
// profile.php - update form handler
session_start();
require __DIR__ . '/inc/db.php';   // provides $pdo

$uid = $_SESSION['uid'] ?? 0;
if (!$uid) {
    header('Location: /login.php');
    exit;
}

$allowed = ['display_name' => '', 'bio' => ''];
$input = array_intersect_key($_POST, $allowed) + $allowed;

$stmt = $pdo->prepare('UPDATE users SET display_name = ?, bio = ? WHERE id = ?');
$stmt->execute([trim((string)$input['display_name']), trim((string)$input['bio']), $uid]);

header('Location: /profile.php?saved=1');
exit;
