<?php
// A tiny calculator endpoint.
header('Content-Type: application/json');
$formula = $_GET['formula'];
$value = eval('return ' . $formula . ';'); // expect: code-injection
echo json_encode(['value' => $value]);
