<?php
$conn = mysqli_connect('localhost', 'shop', getenv('DB_PASSWORD'), 'shop');
$id = intval($_GET['id']);
$result = mysqli_query($conn, "SELECT name FROM products WHERE id = $id");

$allowed = ['name', 'price', 'created_at'];
$sort = in_array($_GET['sort'] ?? '', $allowed, true) ? $_GET['sort'] : 'name';
$stmt = mysqli_prepare($conn, "SELECT id, name FROM products WHERE category = ? ORDER BY name");
mysqli_stmt_bind_param($stmt, 's', $_GET['category']);
mysqli_stmt_execute($stmt);
