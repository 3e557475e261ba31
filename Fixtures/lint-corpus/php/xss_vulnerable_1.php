<?php $query = $_GET['q'] ?? ''; ?>
<!doctype html>
<html>
<body>
  <h1>Search</h1>
  <p>You searched for <?= $query ?></p><?php /* expect: xss */ ?>
<?php
$name = $_COOKIE['name'] ?? 'guest';
echo "<p>Welcome back, $name</p>"; // expect: xss
?>
</body>
</html>
