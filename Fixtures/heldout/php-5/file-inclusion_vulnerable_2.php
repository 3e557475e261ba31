<?php
// Club website front page: theme from a cookie, sidebar widgets from the query string.
require __DIR__ . '/inc/bootstrap.php';

$theme = $_COOKIE['theme'] ?? 'classic';
$widgets = isset($_GET['w']) ? explode(',', $_GET['w']) : ['calendar', 'news'];
?>
<!doctype html>
<html lang="en">
<head>
<?php include __DIR__ . "/themes/{$theme}/head.php"; // expect: file-inclusion ?>
</head>
<body>
<main>
  <h1>Welcome to the rowing club</h1>
</main>
<aside>
<?php foreach ($widgets as $widget): ?>
  <section class="widget">
    <?php include_once 'widgets/' . trim($widget) . '.php'; // expect: file-inclusion ?>
  </section>
<?php endforeach; ?>
</aside>
</body>
</html>
