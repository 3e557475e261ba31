<?php
// tools/ping.php - network check page for the helpdesk intranet
$host = $_POST['host'] ?? '';
$output = '';

if ($host !== '') {
    $output = shell_exec("ping -c 3 " . $host); // expect: command-injection
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
<?php
if (isset($_GET['trace'])) {
    exec('traceroute -m 15 ' . $_GET['trace'], $lines); // expect: command-injection
    echo '<pre>' . htmlspecialchars(implode("\n", $lines)) . '</pre>';
}
?>
</body>
</html>
