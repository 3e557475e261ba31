<?php
// report.php - monthly sales report, filters come from the query string
require __DIR__ . '/inc/auth.php';
require __DIR__ . '/inc/db.php';   // provides $pdo

$year = (int)date('Y');
$month = (int)date('n');
$region = 'all';
$show_costs = false;

extract($_REQUEST, EXTR_OVERWRITE); // expect: extract-request
if (current_user_role() !== 'finance') {
    $show_costs = false;
}

parse_str($_SERVER['QUERY_STRING'], $filters);
extract($filters); // expect: extract-request

$sql = 'SELECT product, SUM(amount) AS revenue' . ($show_costs ? ', SUM(cost) AS cost' : '')
     . ' FROM sales WHERE YEAR(sold_at) = ? AND MONTH(sold_at) = ?';
$params = [(int)$year, (int)$month];
if ($region !== 'all') {
    $sql .= ' AND region = ?';
    $params[] = $region;
}
$stmt = $pdo->prepare($sql . ' GROUP BY product');
$stmt->execute($params);
$rows = $stmt->fetchAll();
