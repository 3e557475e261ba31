<?php
// Legacy members area login, kept while accounts migrate to the new hashes.

session_start();
require __DIR__ . '/inc/db.php';

function findMember(PDO $pdo, string $login): ?array
{
    $stmt = $pdo->prepare('SELECT id, login, pass_hash, pass_salt FROM members WHERE login = ?');
    $stmt->execute([$login]);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    return $row ?: null;
}

$login = (string) ($_POST['login'] ?? '');
$password = (string) ($_POST['password'] ?? '');
$member = findMember(db(), $login);

if ($member !== null && hash_equals($member['pass_hash'], hash('sha256', $member['pass_salt'] . $password))) {
    session_regenerate_id(true);
    $_SESSION['member_id'] = (int) $member['id'];
    header('Location: /members/');
    exit;
}

http_response_code(401);
echo 'Login failed.';
