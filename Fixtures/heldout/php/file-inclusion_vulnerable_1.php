<?php
// index.php - tiny page router for the club website
session_start();
$page = $_GET['page'] ?? 'home';
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
<?php include 'pages/' . $page . '.php'; // expect: file-inclusion ?>
</main>
<?php include 'partials/footer.php'; ?>
</body>
</html>
