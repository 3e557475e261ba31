<?php
// search.php - product search page for the shop
require __DIR__ . '/inc/db.php';   // provides $mysqli

$term = $_GET['q'] ?? '';
$category = (int)($_GET['cat'] ?? 0);

$sql = "SELECT id, name, price FROM products WHERE name LIKE ?";
if ($category > 0) {
    $sql .= " AND category_id = " . $category;
}
$stmt = mysqli_prepare($mysqli, $sql);
$like = '%' . $term . '%';
mysqli_stmt_bind_param($stmt, 's', $like);
mysqli_stmt_execute($stmt);
$result = mysqli_stmt_get_result($stmt);
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
    $ins = $mysqli->prepare("INSERT INTO wishlist (user_id, product_id) VALUES (?, ?)");
    $ins->bind_param('ii', $_SESSION['uid'], $_POST['product_id']);
    $ins->execute();
}
$count = $mysqli->query("SELECT COUNT(*) FROM products")->fetch_row()[0];
?>
<p><?= (int)$count ?> products in the catalogue.</p>
</body>
</html>
