<?php
// tools/traceroute.php — network diagnostics page for the helpdesk
$host = $_POST['host'] ?? '';
$hops = $_POST['hops'] ?? '15';
$output = '';
if ($host !== '') {
    $output = shell_exec("traceroute -m $hops " . $host . " 2>&1"); // expect: command-injection
}
?>
<!doctype html>
<html lang="en">
<body>
<form method="post">
    <input name="host" placeholder="example.org" value="<?= htmlspecialchars($host) ?>">
    <input name="hops" type="number" value="<?= (int) $hops ?>">
    <button>Trace</button>
</form>
<pre><?= htmlspecialchars((string) $output) ?></pre>
<p>Last ping: <?php echo htmlspecialchars(`ping -c 1 {$_POST['host']}`); // expect: command-injection ?></p>
</body>
</html>
