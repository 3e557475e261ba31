<?php
// index.php: front controller; modules are looked up in a fixed registry.
session_start();
require __DIR__ . '/inc/config.php';
require __DIR__ . '/inc/auth.php';

require_login();

$modules = [
    'dashboard' => 'Dashboard',
    'rooms' => 'Room booking',
    'phonebook' => 'Phone book',
    'canteen' => 'Canteen menu',
];
$module = $_GET['module'] ?? 'dashboard';
if (!array_key_exists($module, $modules)) {
    http_response_code(404);
    $module = 'dashboard';
}
?>
<!doctype html>
<html>
<head><title><?= htmlspecialchars($modules[$module], ENT_QUOTES, 'UTF-8') ?> - Intranet</title></head>
<body>
<?php include __DIR__ . '/partials/nav.php'; ?>
<main>
<?php require __DIR__ . '/modules/' . $module . '/index.php'; ?>
</main>
</body>
</html>
