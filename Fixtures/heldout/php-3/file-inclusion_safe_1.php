<?php
// index.php — tiny front controller for the school's static pages
$pages = ['home', 'about', 'term-dates', 'contact'];
$requested = $_GET['page'] ?? 'home';
$page = in_array($requested, $pages, true) ? $requested : 'home';
$languages = ['en' => 'English', 'cy' => 'Cymraeg'];
$lang = array_key_exists($_COOKIE['lang'] ?? '', $languages) ? $_COOKIE['lang'] : 'en';
?>
<!doctype html>
<html lang="<?= htmlspecialchars($lang) ?>">
<head>
    <meta charset="utf-8">
    <title>Greenfield Primary</title>
</head>
<body>
<?php include __DIR__ . "/lang/$lang/menu.php"; ?>
<main>
<?php require __DIR__ . '/pages/' . $page . '.php'; ?>
</main>
<?php include __DIR__ . '/partials/footer.php'; ?>
</body>
</html>
