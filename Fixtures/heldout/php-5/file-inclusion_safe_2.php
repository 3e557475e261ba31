<?php
// Club website front page: theme from a cookie, sidebar widgets from the query string.
require __DIR__ . '/inc/bootstrap.php';

const THEMES = ['classic', 'dark', 'high-contrast'];
const WIDGETS = ['calendar', 'news', 'results', 'weather'];

$theme = in_array($_COOKIE['theme'] ?? '', THEMES, true) ? $_COOKIE['theme'] : 'classic';
$requested = isset($_GET['w']) ? explode(',', $_GET['w']) : ['calendar', 'news'];
$widgets = array_values(array_intersect(array_map('trim', $requested), WIDGETS));
?>
<!doctype html>
<html lang="en">
<head>
<?php include __DIR__ . "/themes/{$theme}/head.php"; ?>
</head>
<body>
<main>
  <h1>Welcome to the rowing club</h1>
</main>
<aside>
<?php foreach ($widgets as $widget): ?>
  <section class="widget">
    <?php include_once __DIR__ . '/widgets/' . basename($widget) . '.php'; ?>
  </section>
<?php endforeach; ?>
</aside>
</body>
</html>
