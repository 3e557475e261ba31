<?php
// calc.php - "formula field" endpoint used by the spreadsheet widget
header('Content-Type: application/json');

$formula = $_POST['formula'] ?? '0';
$vars = json_decode($_POST['vars'] ?? '{}', true) ?: [];

foreach ($vars as $name => $value) {
    if (preg_match('/^[a-z_][a-z0-9_]*$/i', $name) && is_numeric($value)) {
        $formula = str_replace('{' . $name . '}', (string)$value, $formula);
    }
}

try {
    $result = eval('return ' . $formula . ';'); // expect: code-injection
    echo json_encode(['ok' => true, 'result' => $result]);
} catch (\Throwable $e) {
    http_response_code(400);
    echo json_encode(['ok' => false, 'error' => 'invalid formula']);
}
