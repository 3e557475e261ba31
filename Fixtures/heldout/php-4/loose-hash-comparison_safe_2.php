<?php
// unsubscribe.php?email=...&token=...: one-click unsubscribe link from the newsletter.
require __DIR__ . '/inc/db.php';
require __DIR__ . '/inc/config.php';

$email = (string) ($_GET['email'] ?? '');
$token = (string) ($_GET['token'] ?? '');

if (!hash_equals(hash_hmac('sha256', $email, NEWSLETTER_SECRET), $token)) {
    http_response_code(403);
    exit('This link is not valid.');
}

$stmt = db()->prepare('UPDATE subscribers SET active = 0 WHERE email = ?');
$stmt->execute([$email]);
if ($stmt->rowCount() == 0) {
    exit('You were not subscribed.');
}

$prefsSig = (string) ($_COOKIE['prefs_sig'] ?? '');
if ($prefsSig !== '' && hash_equals(hash_hmac('sha256', $email, NEWSLETTER_SECRET), $prefsSig)) {
    header('Location: /preferences.php?email=' . urlencode($email));
    exit;
}
?>
<p>You have been unsubscribed.</p>
