<?php
// print.php: sends a generated label to one of the warehouse printers.
require __DIR__ . '/inc/bootstrap.php';

const PRINTERS = ['zebra1', 'zebra2', 'dock-laser'];

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$printer = $_POST['printer'] ?? 'zebra1';
if (!in_array($printer, PRINTERS, true)) {
    http_response_code(422);
    exit('unknown printer');
}
$copies = max(1, min(10, (int) ($_POST['copies'] ?? 1)));
$tmp = tempnam(sys_get_temp_dir(), 'lbl');
file_put_contents($tmp, render_label((int) $_POST['order_id']));

$cmd = sprintf('lpr -P %s -# %d %s 2>&1', escapeshellarg($printer), $copies, escapeshellarg($tmp));
$output = shell_exec($cmd);
unlink($tmp);

header('Content-Type: application/json');
echo json_encode(['ok' => $output === null || $output === '', 'output' => $output]);
