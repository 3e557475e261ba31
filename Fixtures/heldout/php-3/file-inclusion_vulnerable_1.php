<?php
// index.php — tiny front controller for the school's static pages
$page = $_GET['page'] ?? 'home';
$lang = $_COOKIE['lang'] ?? 'en';
?>
<!doctype html>
<html lang="<?= htmlspecialchars($lang) ?>">
<head>
    <meta charset="utf-8">
    <title>Greenfield Primary</title>
</head>
<body>
<?php include __DIR__ . "/lang/$lang/menu.php"; // expect: file-inclusion ?>
<main>
<?php
if (!include("pages/" . $page . ".php")) { // expect: file-inclusion
    echo '<p>Page not found.</p>';
}
?>
</main>
</body>
</html>
