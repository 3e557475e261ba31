<?php
header('Content-Type: application/json');
$handlers = [
    'sum' => fn(array $xs) => array_sum($xs),
    'max' => fn(array $xs) => max($xs),
];
$op = $_GET['op'] ?? 'sum';
$handler = $handlers[$op] ?? $handlers['sum'];
$numbers = array_map('floatval', explode(',', $_GET['values'] ?? ''));
echo json_encode(['value' => $handler($numbers)]);
