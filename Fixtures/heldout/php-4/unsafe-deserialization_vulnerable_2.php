<?php
// legacy/sync.php: endpoint the old desktop client posts its offline changes to.
require __DIR__ . '/../inc/db.php';
require __DIR__ . '/../inc/auth.php';

$user = require_api_user();
$payload = file_get_contents('php://input');
$changes = unserialize($payload); // expect: unsafe-deserialization

if (!is_array($changes)) {
    http_response_code(400);
    exit('bad payload');
}

$pdo = db();
$stmt = $pdo->prepare('UPDATE notes SET body = ?, updated_at = NOW() WHERE id = ? AND owner_id = ?');
$applied = 0;
foreach ($changes as $change) {
    if (isset($change['id'], $change['body'])) {
        $stmt->execute([(string) $change['body'], (int) $change['id'], $user['id']]);
        $applied += $stmt->rowCount();
    }
}

header('Content-Type: application/json');
echo json_encode(['applied' => $applied]);
