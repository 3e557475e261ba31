<?php
// search.php - product search page for the shop
require __DIR__ . '/inc/db.php';   // provides $mysqli

$term = $_GET['q'] ?? '';
$category = $_GET['cat'] ?? '';

$sql = "SELECT id, name, price FROM products WHERE name LIKE '%$term%'";
if ($category !== '') {
    $sql .= " AND category_id = " . $category;
}
$result = mysqli_query($mysqli, $sql); // expect: sql-injection
?>
<!DOCTYPE html>
<html>
<head><title>Search</title></head>
<body>
<h1>Results</h1>
<ul>
<?php while ($row = mysqli_fetch_assoc($result)): ?>
    <li><?= htmlspecialchars($row['name']) ?> - <?= number_format((float)$row['price'], 2) ?> EUR</li>
<?php endwhile; ?>
</ul>
<?php
if (isset($_POST['wish'])) {
    $pid = $_POST['product_id'];
    $mysqli->query("INSERT INTO wishlist (user_id, product_id) VALUES ({$_SESSION['uid']}, $pid)"); // expect: sql-injection
}
?>
</body>
</html>
