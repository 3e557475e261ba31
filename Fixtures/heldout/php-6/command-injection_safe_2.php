<?php

use Kirby\Cms\App as Kirby;

Kirby::plugin('acme/history', [
    'routes' => [
        [
            'pattern' => 'api/history/(:all)',
            'method' => 'GET',
            'action' => function (string $page) {
                $kirby = kirby();
                if ($kirby->page($page) === null) {
                    return ['status' => 'error', 'code' => 404];
                }
                $root = $kirby->root('content');
                $limit = max(1, min(50, (int) get('limit', 10)));
                $proc = proc_open(
                    ['git', '-C', $root, 'log', '-n', (string) $limit, '--format=%h|%an|%s', '--', $page],
                    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
                    $pipes
                );
                if (!is_resource($proc)) {
                    return ['status' => 'error', 'code' => 500];
                }
                $log = stream_get_contents($pipes[1]);
                fclose($pipes[1]);
                fclose($pipes[2]);
                proc_close($proc);
                $entries = array_filter(explode("\n", (string) $log));
                return [
                    'page' => $page,
                    'entries' => array_map(fn ($line) => explode('|', $line, 3), $entries),
                ];
            },
        ],
    ],
]);
