<?php
require __DIR__ . '/vendor/autoload.php';

use Medoo\Medoo;

$db = new Medoo([
    'type' => 'mysql',
    'host' => getenv('DB_HOST'),
    'database' => 'bookings',
    'username' => getenv('DB_USER'),
    'password' => getenv('DB_PASS'),
]);

Flight::route('GET /rooms', function () use ($db) {
    $query = Flight::request()->query;
    $where = "available = 1";
    if (!empty($query['floor'])) {
        $where .= " AND floor = " . $query['floor'];
    }
    if (!empty($query['feature'])) {
        $where .= " AND features LIKE '%" . $query['feature'] . "%'";
    }
    $rooms = $db->query("SELECT id, name, floor FROM rooms WHERE {$where} ORDER BY name")->fetchAll(); // expect: sql-injection
    Flight::json($rooms);
});

Flight::start();
