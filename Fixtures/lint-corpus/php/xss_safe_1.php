<?php $query = $_GET['q'] ?? ''; ?>
<!doctype html>
<html>
<body>
  <h1>Search</h1>
  <p>You searched for <?= htmlspecialchars($query, ENT_QUOTES, 'UTF-8') ?></p>
<?php
$page = (int) ($_GET['page'] ?? 1);
echo "<p>Page $page</p>";
$name = htmlspecialchars($_COOKIE['name'] ?? 'guest');
echo "<p>Welcome back, $name</p>";
?>
</body>
</html>
