<?php
// admin/newsletter-send.php: old back-office page, still linked from the CMS menu.
require __DIR__ . '/../inc/bootstrap.php';

$can_send = current_user_has_role('editor');
$subject = '';
$audience = 'subscribers';

extract($_GET, EXTR_OVERWRITE); // expect: extract-request

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    extract(json_decode(file_get_contents('php://input'), true) ?: []); // expect: extract-request
    if (!$can_send) {
        http_response_code(403);
        exit('Not allowed');
    }
    $sent = queue_newsletter((string) $subject, (string) $audience);
    header('Content-Type: application/json');
    echo json_encode(['queued' => $sent]);
    exit;
}

header('Content-Type: application/json');
echo json_encode(['subject' => $subject, 'audience' => $audience]);
