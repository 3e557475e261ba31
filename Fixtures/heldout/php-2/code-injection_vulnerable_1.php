<?php
// "Online calculator" from the PHP course, week 4.
$expression = $_GET['expr'] ?? '';
$result = null;

if ($expression !== '') {
    $result = eval('return ' . $expression . ';'); // expect: code-injection
}
?>
<!doctype html>
<form>
  <input name="expr" value="<?= htmlspecialchars($expression) ?>" placeholder="2 * (3 + 4)">
  <button>=</button>
</form>
<?php if ($result !== null): ?>
  <p>Result: <?= htmlspecialchars((string) $result) ?></p>
<?php endif; ?>
