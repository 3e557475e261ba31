<?php
$pages = ['home', 'menu', 'opening-hours', 'contact'];
$page = in_array($_GET['page'] ?? 'home', $pages, true) ? $_GET['page'] : 'home';
?>
<!doctype html>
<main>
<?php include __DIR__ . "/pages/{$page}.php"; ?>
</main>
