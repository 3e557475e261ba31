<?php
session_start();
$_SESSION['user'] = $_POST['user'];
$next = $_GET['next'] ?? '/';
if (!in_array($next, ['/', '/account', '/orders'], true)) {
    $next = '/';
}
header('Location: ' . $next);
exit;
