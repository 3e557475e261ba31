<?php

use Kirby\Cms\App as Kirby;

Kirby::plugin('acme/history', [
    'routes' => [
        [
            'pattern' => 'api/history/(:all)',
            'method' => 'GET',
            'action' => function (string $page) {
                $kirby = kirby();
                $root = $kirby->root('content');
                $limit = get('limit', '10');
                $log = shell_exec("git -C {$root} log -n {$limit} --format='%h|%an|%s' -- {$page}"); // expect: command-injection
                $entries = array_filter(explode("\n", (string) $log));
                return [
                    'page' => $page,
                    'entries' => array_map(fn ($line) => explode('|', $line, 3), $entries),
                ];
            },
        ],
    ],
]);
