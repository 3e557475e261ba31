<?php
define('DB_HOST', getenv('DB_HOST') ?: 'localhost');
define('DB_PASSWORD', getenv('DB_PASSWORD'));

return [
    'mailer' => [
        'host' => 'smtp.example.com',
        'password' => $_ENV['MAIL_PASSWORD'] ?? '',
        'password_field' => 'password',
    ],
];
