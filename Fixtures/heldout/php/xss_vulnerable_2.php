<?php
// error.php - shared error page; other scripts redirect here with ?code=&msg=
// (kept deliberately small: no session, no database)
$code = $_GET['code'] ?? '500';
$msg = $_GET['msg'] ?? 'Something went wrong';
$back = $_SERVER['HTTP_REFERER'] ?? '/';

http_response_code((int)$code);

echo "<!DOCTYPE html>\n<html><head><title>Error</title></head><body>";
echo "<h1>Error " . $code . "</h1>"; // expect: xss
print("<p class=\"msg\">$msg</p>"); // expect: xss
printf('<a href="%s">Go back</a>', $back); // expect: xss
echo '<p>Request id: ' . bin2hex(random_bytes(6)) . '</p>';
echo '<footer><a href="/">Home</a> | <a href="/help">Help</a></footer>';
echo "</body></html>";
