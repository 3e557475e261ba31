<?php
// calc.php - "formula field" endpoint used by the spreadsheet widget.
// Formulas are evaluated by a tiny shunting-yard parser, never by PHP itself.
require __DIR__ . '/lib/FormulaParser.php';

header('Content-Type: application/json');

$formula = $_POST['formula'] ?? '0';
$vars = json_decode($_POST['vars'] ?? '{}', true) ?: [];

$clean = [];
foreach ($vars as $name => $value) {
    if (preg_match('/^[a-z_][a-z0-9_]*$/i', $name) && is_numeric($value)) {
        $clean[$name] = (float)$value;
    }
}

try {
    $parser = new FormulaParser(['+', '-', '*', '/', '^'], ['min', 'max', 'round']);
    $result = $parser->evaluate($formula, $clean);
    echo json_encode(['ok' => true, 'result' => $result]);
} catch (InvalidArgumentException $e) {
    http_response_code(400);
    echo json_encode(['ok' => false, 'error' => 'invalid formula']);
}
