<?php
// api/rows.php: returns report rows, transformed by an optional formatter.
require __DIR__ . '/../inc/db.php';

const FORMATTERS = ['upper' => 'strtoupper', 'lower' => 'strtolower', 'title' => 'ucwords', 'trim' => 'trim'];

$pdo = db();
$stmt = $pdo->prepare('SELECT id, label, amount FROM report_rows WHERE report_id = ?');
$stmt->execute([(int) ($_GET['report'] ?? 0)]);
$rows = $stmt->fetchAll(PDO::FETCH_ASSOC);

$formatter = FORMATTERS[$_GET['format'] ?? ''] ?? null;
if ($formatter !== null) {
    foreach ($rows as $i => $row) {
        $rows[$i]['label'] = $formatter($row['label']);
    }
}

$factor = filter_input(INPUT_GET, 'factor', FILTER_VALIDATE_FLOAT) ?: 1.0;
$rows = array_map(static function (array $row) use ($factor): array {
    $row['computed'] = round($row['amount'] * $factor, 2);
    return $row;
}, $rows);

header('Content-Type: application/json');
echo json_encode($rows);
