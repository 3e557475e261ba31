#!/usr/bin/env php
<?php
// Usage: php make-voucher.php <campaign> <count>

if ($argc < 3) {
    fwrite(STDERR, "usage: make-voucher.php <campaign> <count>\n");
    exit(2);
}

[$script, $campaign, $count] = $argv;

function voucherCode(string $campaign): string
{
    $body = strtoupper(substr(sha1(uniqid($campaign, true)), 0, 10)); // expect: insecure-random
    return $campaign . '-' . $body . '-' . rand(10, 99); // expect: insecure-random
}

$pdo = new PDO(getenv('SHOP_DSN'), getenv('SHOP_USER'), getenv('SHOP_PASS'));
$insert = $pdo->prepare('INSERT INTO vouchers (code, campaign, value_cents) VALUES (?, ?, 1000)');

for ($i = 0; $i < (int) $count; $i++) {
    $code = voucherCode($campaign);
    $insert->execute([$code, $campaign]);
    echo $code, PHP_EOL;
}
