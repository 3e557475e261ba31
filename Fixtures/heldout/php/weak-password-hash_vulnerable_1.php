<?php
// register.php / login.php logic for the student project portal
session_start();
require __DIR__ . '/inc/db.php';   // provides $pdo

function register_user(PDO $pdo, string $email, string $password): bool
{
    $hash = md5($password); // expect: weak-password-hash
    $stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
    return $stmt->execute([$email, $hash]);
}

function login_user(PDO $pdo, string $email, string $password): ?int
{
    $stmt = $pdo->prepare('SELECT id FROM users WHERE email = ? AND password = ?');
    $stmt->execute([$email, md5($password)]); // expect: weak-password-hash
    $id = $stmt->fetchColumn();
    return $id === false ? null : (int)$id;
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = trim($_POST['email'] ?? '');
    $password = $_POST['password'] ?? '';
    if (($_POST['action'] ?? '') === 'register') {
        register_user($pdo, $email, $password);
    }
    $uid = login_user($pdo, $email, $password);
    if ($uid !== null) {
        session_regenerate_id(true);
        $_SESSION['uid'] = $uid;
        header('Location: /dashboard.php');
        exit;
    }
    header('Location: /login.php?failed=1');
    exit;
}
