<?php
// grade-calculator.php — teachers choose weights for exam and homework
$examWeight = (float) ($_POST['exam_weight'] ?? 0.5);
$examWeight = max(0.0, min(1.0, $examWeight));
$students = [
    ['name' => 'Ana', 'exam' => 78, 'homework' => 91],
    ['name' => 'Ben', 'exam' => 64, 'homework' => 70],
];

$grade = fn (array $s): float => $examWeight * $s['exam'] + (1 - $examWeight) * $s['homework'];
?>
<table>
<?php foreach ($students as $s): ?>
    <tr><td><?= htmlspecialchars($s['name']) ?></td><td><?= number_format($grade($s), 1) ?></td></tr>
<?php endforeach; ?>
</table>
