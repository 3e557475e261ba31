<?php
// tools/traceroute.php — network diagnostics page for the helpdesk
$host = $_POST['host'] ?? '';
$hops = max(1, min(30, (int) ($_POST['hops'] ?? 15)));
$output = '';
if ($host !== '' && filter_var($host, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME)) {
    $output = shell_exec('traceroute -m ' . $hops . ' ' . escapeshellarg($host) . ' 2>&1');
}
$uptime = shell_exec('uptime -p');
?>
<!doctype html>
<html lang="en">
<body>
<form method="post">
    <input name="host" value="<?= htmlspecialchars($host) ?>">
    <input name="hops" type="number" value="<?= $hops ?>">
    <button>Trace</button>
</form>
<pre><?= htmlspecialchars((string) $output) ?></pre>
<footer>Server <?= htmlspecialchars((string) $uptime) ?></footer>
</body>
</html>
