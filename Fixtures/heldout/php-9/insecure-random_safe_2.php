#!/usr/bin/env php
<?php
// Usage: php quiz-order.php <quiz-id> <student-id>
// Prints the question order for a student; the order only has to be stable, not secret.

if ($argc < 3) {
    fwrite(STDERR, "usage: quiz-order.php <quiz-id> <student-id>\n");
    exit(2);
}

[$script, $quizId, $studentId] = $argv;

$pdo = new PDO(getenv('QUIZ_DSN'), getenv('QUIZ_USER'), getenv('QUIZ_PASS'));
$stmt = $pdo->prepare('SELECT id FROM questions WHERE quiz_id = ? ORDER BY id');
$stmt->execute([(int) $quizId]);
$questions = $stmt->fetchAll(PDO::FETCH_COLUMN);

mt_srand(crc32($quizId . ':' . $studentId));
for ($i = count($questions) - 1; $i > 0; $i--) {
    $j = mt_rand(0, $i);
    [$questions[$i], $questions[$j]] = [$questions[$j], $questions[$i]];
}

echo implode(',', $questions), PHP_EOL;
