<?php
// admin/newsletter-send.php: old back-office page, still linked from the CMS menu.
require __DIR__ . '/../inc/bootstrap.php';

$can_send = current_user_has_role('editor');
$subject = is_string($_GET['subject'] ?? null) ? $_GET['subject'] : '';
$audience = in_array($_GET['audience'] ?? '', ['subscribers', 'members', 'staff'], true) ? $_GET['audience'] : 'subscribers';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $body = json_decode(file_get_contents('php://input'), true) ?: [];
    $fields = array_intersect_key($body, ['subject' => true, 'audience' => true]);
    $subject = (string) ($fields['subject'] ?? $subject);
    $audience = (string) ($fields['audience'] ?? $audience);
    if (!$can_send) {
        http_response_code(403);
        exit('Not allowed');
    }
    $sent = queue_newsletter($subject, $audience);
    header('Content-Type: application/json');
    echo json_encode(['queued' => $sent]);
    exit;
}

$defaults = ['subject' => $subject, 'audience' => $audience];
extract($defaults, EXTR_SKIP);
header('Content-Type: application/json');
echo json_encode(['subject' => $subject, 'audience' => $audience]);
