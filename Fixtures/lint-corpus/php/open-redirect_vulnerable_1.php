<?php
session_start();
$_SESSION['user'] = $_POST['user'];
$next = $_GET['next'] ?? '/';
header('Location: ' . $next); // expect: open-redirect
exit;
