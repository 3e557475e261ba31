<?php
// Product search for the shop's catalogue page.
require __DIR__ . '/db.php';

$conn = mysqli_connect('localhost', 'shop', getenv('DB_PASSWORD'), 'shop');
$term = $_GET['q'] ?? '';
$category = $_GET['category'];

$sql = "SELECT id, name, price FROM products WHERE name LIKE '%$term%'";
if ($category !== '') {
    $sql .= " AND category = '" . $category . "'";
}
$result = mysqli_query($conn, $sql); // expect: sql-injection
while ($row = mysqli_fetch_assoc($result)) {
    echo htmlspecialchars($row['name']), "\n";
}
