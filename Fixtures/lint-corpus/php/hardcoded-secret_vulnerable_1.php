<?php
// config/database.php of a small shop.
define('DB_HOST', 'db.internal');
define('DB_PASSWORD', 'Xk9#mP2qLw7z'); // expect: hardcoded-secret

return [
    'mailer' => [
        'host' => 'smtp.example.com',
        'password' => 'r8Tq!vN3pZ6y', // expect: hardcoded-secret
    ],
];
