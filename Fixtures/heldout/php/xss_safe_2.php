<?php
// error.php - shared error page; other scripts redirect here with ?code=&msg=
$messages = [
    'notfound' => 'The page you asked for does not exist.',
    'denied' => 'You are not allowed to see this page.',
    'timeout' => 'The server took too long to answer.',
];
$code = (int)($_GET['code'] ?? 500);
if ($code < 400 || $code > 599) {
    $code = 500;
}
$msg = $messages[$_GET['msg'] ?? ''] ?? 'Something went wrong';
$back = filter_var($_SERVER['HTTP_REFERER'] ?? '', FILTER_VALIDATE_URL) ?: '/';

http_response_code($code);

echo "<!DOCTYPE html>\n<html><head><title>Error</title></head><body>";
echo "<h1>Error " . $code . "</h1>";
print("<p class=\"msg\">" . htmlentities($msg, ENT_QUOTES, 'UTF-8') . "</p>");
printf('<a href="%s">Go back</a>', htmlspecialchars($back, ENT_QUOTES, 'UTF-8'));
echo "</body></html>";
