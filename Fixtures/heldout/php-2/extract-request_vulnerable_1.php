<?php
// Contact form: the course template used extract() to "save typing".
$sent = false;
$isAdmin = false;

extract($_POST); // expect: extract-request

if (!empty($email) && !empty($message)) {
    $headers = 'From: noreply@example.org';
    mail('office@example.org', 'Contact form: ' . substr(strip_tags($subject ?? ''), 0, 60), strip_tags($message), $headers);
    $sent = true;
}
?>
<!doctype html>
<?php if ($sent): ?>
  <p>Thank you, we will reply soon.</p>
<?php endif; ?>
<?php if ($isAdmin): ?>
  <a href="/admin/messages.php">Messages</a>
<?php endif; ?>
