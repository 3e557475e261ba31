<?php
// legacy/sync.php: the old desktop client's payload, signed with its API secret.
require __DIR__ . '/../inc/db.php';
require __DIR__ . '/../inc/auth.php';

$user = require_api_user();
$payload = file_get_contents('php://input');
$signature = $_SERVER['HTTP_X_PAYLOAD_SIGNATURE'] ?? '';
$expected = hash_hmac('sha256', $payload, $user['api_secret']);

if (!hash_equals($expected, $signature)) {
    http_response_code(401);
    exit('bad signature');
}

// plain arrays only: objects would come back as __PHP_Incomplete_Class
$changes = unserialize($payload, ['allowed_classes' => false]);
if (!is_array($changes)) {
    http_response_code(400);
    exit('bad payload');
}

$pdo = db();
$stmt = $pdo->prepare('UPDATE notes SET body = ?, updated_at = NOW() WHERE id = ? AND owner_id = ?');
$applied = 0;
foreach ($changes as $change) {
    if (is_array($change) && isset($change['id'], $change['body'])) {
        $stmt->execute([(string) $change['body'], (int) $change['id'], $user['id']]);
        $applied += $stmt->rowCount();
    }
}

header('Content-Type: application/json');
echo json_encode(['applied' => $applied]);
