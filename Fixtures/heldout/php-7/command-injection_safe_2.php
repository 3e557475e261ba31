<?php

// Bref function: renders a thumbnail of the first page of a PDF uploaded to the documents bucket.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;

function thumbnail_command(array $record): ?string
{
    $key = basename($record['s3']['object']['key']);
    if (!preg_match('/^[A-Za-z0-9._-]+\.pdf$/', $key)) {
        return null;
    }
    $width = (int) ($record['s3']['object']['metadata']['thumb-width'] ?? 320);
    $width = max(64, min($width, 1024));
    return 'gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -dFirstPage=1 -dLastPage=1 '
        . '-dDEVICEWIDTHPOINTS=' . $width . ' -sOutputFile=/tmp/thumb.png ' . escapeshellarg('/tmp/' . $key);
}

return function (array $event, Context $context): array {
    $done = [];
    foreach ($event['Records'] as $record) {
        $command = thumbnail_command($record);
        if ($command === null) {
            continue;
        }
        exec($command, $output, $code);
        $done[] = ['key' => $record['s3']['object']['key'], 'exit' => $code];
    }
    return ['thumbnails' => $done, 'request' => $context->getAwsRequestId()];
};
