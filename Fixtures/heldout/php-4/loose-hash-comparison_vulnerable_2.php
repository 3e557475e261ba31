<?php
// unsubscribe.php?email=...&token=...: one-click unsubscribe link from the newsletter.
require __DIR__ . '/inc/db.php';
require __DIR__ . '/inc/config.php';

$email = (string) ($_GET['email'] ?? '');
$token = (string) ($_GET['token'] ?? '');

if (md5($email . NEWSLETTER_SECRET) != $token) { // expect: loose-hash-comparison
    http_response_code(403);
    exit('This link is not valid.');
}

$stmt = db()->prepare('UPDATE subscribers SET active = 0 WHERE email = ?');
$stmt->execute([$email]);

// The preferences page trusts a signed cookie set when the link was first opened.
$prefsSig = (string) ($_COOKIE['prefs_sig'] ?? '');
if ($prefsSig !== '' && hash_hmac('sha1', $email, NEWSLETTER_SECRET) == $prefsSig) { // expect: loose-hash-comparison
    header('Location: /preferences.php?email=' . urlencode($email));
    exit;
}
?>
<p>You have been unsubscribed.</p>
