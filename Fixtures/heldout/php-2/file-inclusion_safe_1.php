<?php
$themes = ['light' => 'themes/light/head.php', 'dark' => 'themes/dark/head.php', 'contrast' => 'themes/contrast/head.php'];
$sections = ['home', 'news', 'contact', 'timetable'];
$themeFile = $themes[$_COOKIE['theme'] ?? 'light'] ?? $themes['light'];
$section = in_array($_GET['section'] ?? 'home', $sections, true) ? $_GET['section'] : 'home';
?>
<!doctype html>
<html>
<head>
<?php include $themeFile; ?>
</head>
<body>
<?php
require_once __DIR__ . '/partials/nav.php';
include __DIR__ . "/sections/{$section}.php";
?>
</body>
</html>
