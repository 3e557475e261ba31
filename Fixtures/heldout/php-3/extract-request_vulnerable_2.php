<?php
// api/settings.php — save notification settings sent as JSON or as a query string
require __DIR__ . '/../inc/auth.php';
require __DIR__ . '/../inc/db.php';

$userId = current_user_id();
$emailDigest = 'weekly';
$pushEnabled = false;

$json = json_decode(file_get_contents('php://input'), true);
if (is_array($json)) {
    extract($json, EXTR_OVERWRITE); // expect: extract-request
} else {
    extract($_REQUEST); // expect: extract-request
}

$stmt = $pdo->prepare('UPDATE notification_settings SET email_digest = ?, push_enabled = ? WHERE user_id = ?');
$stmt->execute([$emailDigest, (int) (bool) $pushEnabled, $userId]);
header('Content-Type: application/json');
echo json_encode(['ok' => true, 'digest' => $emailDigest]);
