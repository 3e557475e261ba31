<?php
// Tiny theme switcher for the school website.
$theme = $_COOKIE['theme'] ?? 'light';
$section = $_GET['section'] ?? 'home';
?>
<!doctype html>
<html>
<head>
<?php include "themes/$theme/head.php"; // expect: file-inclusion ?>
</head>
<body>
<?php
require_once __DIR__ . '/partials/nav.php';
include 'sections/' . $section . '.php'; // expect: file-inclusion
?>
</body>
</html>
