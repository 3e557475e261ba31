<?php
$sent = false;
$isAdmin = false;

$fields = array_intersect_key($_POST, array_flip(['email', 'subject', 'message']));
$email = filter_var($fields['email'] ?? '', FILTER_VALIDATE_EMAIL);
$subject = substr(strip_tags($fields['subject'] ?? ''), 0, 60);
$message = strip_tags($fields['message'] ?? '');

if ($email !== false && $message !== '') {
    mail('office@example.org', 'Contact form: ' . $subject, $message, 'From: noreply@example.org');
    $sent = true;
}
?>
<!doctype html>
<?php if ($sent): ?>
  <p>Thank you, we will reply soon.</p>
<?php endif; ?>
