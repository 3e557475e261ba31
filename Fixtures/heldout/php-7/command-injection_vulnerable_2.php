<?php

// Bref function: renders a thumbnail of the first page of a PDF uploaded to the documents bucket.
require __DIR__ . '/vendor/autoload.php';

use Bref\Context\Context;

function thumbnail_command(array $record): string
{
    $key = $record['s3']['object']['key'];
    $width = $record['s3']['object']['metadata']['thumb-width'] ?? '320';
    return "gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -dFirstPage=1 -dLastPage=1 "
        . "-dDEVICEWIDTHPOINTS={$width} -sOutputFile=/tmp/thumb.png /tmp/{$key}";
}

return function (array $event, Context $context): array {
    $done = [];
    foreach ($event['Records'] as $record) {
        exec(thumbnail_command($record), $output, $code); // expect: command-injection
        $done[] = ['key' => $record['s3']['object']['key'], 'exit' => $code];
    }
    return ['thumbnails' => $done, 'request' => $context->getAwsRequestId()];
};
