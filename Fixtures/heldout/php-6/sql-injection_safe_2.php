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
    $where = ['available' => 1, 'ORDER' => 'name'];
    if (!empty($query['floor'])) {
        $where['floor'] = (int) $query['floor'];
    }
    if (!empty($query['feature'])) {
        $where['features[~]'] = (string) $query['feature'];
    }
    $rooms = $db->select('rooms', ['id', 'name', 'floor'], $where);
    Flight::json($rooms);
});

Flight::route('GET /rooms/@id', function ($id) use ($db) {
    $room = $db->query('SELECT id, name, floor FROM rooms WHERE id = :id', [':id' => (int) $id])->fetch();
    Flight::json($room ?: null, $room ? 200 : 404);
});

Flight::start();
