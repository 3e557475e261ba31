<?php
// print.php: sends a generated label to one of the warehouse printers.
require __DIR__ . '/inc/bootstrap.php';

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$printer = $_POST['printer'] ?? 'zebra1';
$copies = (int) ($_POST['copies'] ?? 1);
$tmp = tempnam(sys_get_temp_dir(), 'lbl');
file_put_contents($tmp, render_label((int) $_POST['order_id']));

$handle = popen("lpr -P " . $printer . " -# " . $copies . " " . $tmp . " 2>&1", 'r'); // expect: command-injection
$output = stream_get_contents($handle);
$status = pclose($handle);
unlink($tmp);

header('Content-Type: application/json');
echo json_encode(['ok' => $status === 0, 'output' => $output]);
