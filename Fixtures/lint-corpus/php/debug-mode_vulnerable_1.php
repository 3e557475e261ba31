<?php
// public/index.php
ini_set('display_errors', '1'); // expect: debug-mode
error_reporting(E_ALL);
require __DIR__ . '/../bootstrap/app.php';
