<?php
// tools/ping.php - network check page for the helpdesk intranet
$host = $_POST['host'] ?? '';
$output = '';

if ($host !== '' && filter_var($host, FILTER_VALIDATE_IP)) {
    $output = shell_exec('ping -c 3 ' . escapeshellarg($host));
}
?>
<!DOCTYPE html>
<html>
<body>
<form method="post">
    Host: <input name="host">
    <button>Ping</button>
</form>
<?php if ($output): ?>
<pre><?= htmlspecialchars($output) ?></pre>
<?php endif; ?>
<p>Server uptime: <?= htmlspecialchars((string)shell_exec('uptime -p')) ?></p>
</body>
</html>
