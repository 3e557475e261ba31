<?php
// grade-calculator.php — teachers enter a weighting formula like "0.4*exam + 0.6*homework"
$formula = $_POST['formula'] ?? '0.5*exam + 0.5*homework';
$students = [
    ['name' => 'Ana', 'exam' => 78, 'homework' => 91],
    ['name' => 'Ben', 'exam' => 64, 'homework' => 70],
    ['name' => 'Chen', 'exam' => 88, 'homework' => 59],
];

$code = preg_replace('/\b(exam|homework)\b/', '\$s[\'$1\']', $formula);
$results = [];
foreach ($students as $s) {
    $results[$s['name']] = eval("return $code;"); // expect: code-injection
}
?>
<table>
<?php foreach ($results as $name => $grade): ?>
    <tr><td><?= htmlspecialchars($name) ?></td><td><?= number_format((float) $grade, 1) ?></td></tr>
<?php endforeach; ?>
</table>
