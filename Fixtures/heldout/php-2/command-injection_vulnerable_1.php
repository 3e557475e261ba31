<?php
// Admin tool: show DNS records for a domain.
session_start();
if (empty($_SESSION['admin'])) {
    http_response_code(403);
    exit('forbidden');
}

$domain = $_POST['domain'] ?? 'example.org';
$type = $_POST['type'] ?? 'A';
?>
<!doctype html>
<form method="post">
  <input name="domain" value="<?= htmlspecialchars($domain) ?>">
  <select name="type"><option>A</option><option>MX</option><option>TXT</option></select>
  <button>Look up</button>
</form>
<pre>
<?php system("dig +short " . $type . " " . $domain); // expect: command-injection ?>
</pre>
<?php
$handle = popen("whois $domain 2>&1", 'r'); // expect: command-injection
echo htmlspecialchars(stream_get_contents($handle));
pclose($handle);
