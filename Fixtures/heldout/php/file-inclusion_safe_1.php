<?php
// index.php - tiny page router for the club website
session_start();
$pages = [
    'home' => 'pages/home.php',
    'events' => 'pages/events.php',
    'members' => 'pages/members.php',
    'contact' => 'pages/contact.php',
];
$page = $_GET['page'] ?? 'home';
$file = $pages[$page] ?? 'pages/404.php';
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Chess Club</title>
    <link rel="stylesheet" href="/style.css">
</head>
<body>
<?php include 'partials/nav.php'; ?>
<main>
<?php include $file; ?>
</main>
<?php include 'partials/footer.php'; ?>
</body>
</html>
