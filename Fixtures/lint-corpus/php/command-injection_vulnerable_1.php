<?php
// Network tools page of the admin panel.
$host = $_POST['host'];
$count = $_POST['count'] ?? '3';

$output = shell_exec("ping -c " . (int) $count . " " . $host); // expect: command-injection
echo '<pre>' . htmlspecialchars($output) . '</pre>';

$domain = $_GET['domain'];
$whois = `whois $domain`; // expect: command-injection
echo '<pre>' . htmlspecialchars($whois) . '</pre>';
