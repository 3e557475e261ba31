<?php
// index.php: front controller of the intranet; modules live in modules/<name>/index.php
session_start();
require __DIR__ . '/inc/config.php';
require __DIR__ . '/inc/auth.php';

require_login();

$module = $_GET['module'] ?? 'dashboard';
$title = ucfirst($module);
?>
<!doctype html>
<html>
<head><title><?= htmlspecialchars($title, ENT_QUOTES, 'UTF-8') ?> - Intranet</title></head>
<body>
<?php include __DIR__ . '/partials/nav.php'; ?>
<main>
<?php require __DIR__ . '/modules/' . $module . '/index.php'; // expect: file-inclusion ?>
</main>
</body>
</html>
