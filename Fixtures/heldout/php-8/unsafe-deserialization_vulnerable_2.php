<?php

// Remembers the visitor's compare list between visits.
require __DIR__ . '/../bootstrap.php';

$compare = [];
if (isset($_COOKIE['compare'])) {
    $compare = unserialize(stripslashes($_COOKIE['compare']), ['allowed_classes' => true]); // expect: unsafe-deserialization
}

if (isset($_POST['add'])) {
    $compare[] = (int) $_POST['add'];
    setcookie('compare', serialize(array_unique($compare)), time() + 86400 * 30, '/', '', true, true);
}

header('Content-Type: application/json');
echo json_encode(['count' => count($compare)]);
