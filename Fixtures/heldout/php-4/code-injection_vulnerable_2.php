<?php
// api/rows.php: returns report rows, transformed by an optional formatter.
require __DIR__ . '/../inc/db.php';

$pdo = db();
$stmt = $pdo->prepare('SELECT id, label, amount FROM report_rows WHERE report_id = ?');
$stmt->execute([(int) ($_GET['report'] ?? 0)]);
$rows = $stmt->fetchAll(PDO::FETCH_ASSOC);

$formatter = $_GET['format'] ?? null;
if ($formatter !== null) {
    foreach ($rows as $i => $row) {
        $rows[$i]['label'] = $formatter($row['label']); // expect: code-injection
    }
}

if (isset($_GET['expr'])) {
    foreach ($rows as $i => $row) {
        $amount = $row['amount'];
        eval("\$rows[\$i]['computed'] = {$_GET['expr']};"); // expect: code-injection
    }
}

header('Content-Type: application/json');
echo json_encode($rows);
