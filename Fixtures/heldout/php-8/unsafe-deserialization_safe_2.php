<?php

require __DIR__ . '/../bootstrap.php';

$compare = [];
if (isset($_COOKIE['compare'])) {
    $decoded = json_decode($_COOKIE['compare'], true, 2);
    $compare = is_array($decoded) ? array_map('intval', $decoded) : [];
}

if (isset($_POST['add'])) {
    $compare[] = (int) $_POST['add'];
    setcookie('compare', json_encode(array_values(array_unique($compare))), time() + 86400 * 30, '/', '', true, true);
}

header('Content-Type: application/json');
echo json_encode(['count' => count($compare)]);
