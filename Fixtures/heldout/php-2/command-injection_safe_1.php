<?php
session_start();
if (empty($_SESSION['admin'])) {
    http_response_code(403);
    exit('forbidden');
}

$domain = $_POST['domain'] ?? 'example.org';
$type = in_array($_POST['type'] ?? 'A', ['A', 'MX', 'TXT'], true) ? $_POST['type'] : 'A';
$valid = filter_var($domain, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME) !== false;
?>
<!doctype html>
<pre>
<?php
if ($valid) {
    system('dig +short ' . $type . ' ' . escapeshellarg($domain));
}
?>
</pre>
<p>Server uptime: <?= htmlspecialchars(trim((string) shell_exec('uptime -p'))) ?></p>
