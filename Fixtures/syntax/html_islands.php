<!doctype html>
<html>
<body>
<?php foreach ($items as $item): ?>
  <li><?= htmlspecialchars($item->name) ?></li>
<?php endforeach; ?>
<?php if ($total > 0 { ?>
  <p>Total</p>
<?php } ?>
</body>
</html>
