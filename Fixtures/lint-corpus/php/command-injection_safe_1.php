<?php
$host = $_POST['host'];
$count = (int) ($_POST['count'] ?? 3);

$output = shell_exec('ping -c ' . $count . ' ' . escapeshellarg($host));
echo '<pre>' . htmlspecialchars($output) . '</pre>';

$uptime = `uptime`;
exec('git rev-parse HEAD', $lines);
echo htmlspecialchars($uptime . $lines[0]);
