<?php
// Deploy status board served by an OpenSwoole HTTP server on the build box.

use OpenSwoole\Http\Request;
use OpenSwoole\Http\Response;
use OpenSwoole\Http\Server;

const REPO_DIR = '/srv/deploy/app';

function recentCommits(string $branch, string $limit): string
{
    $dir = REPO_DIR;
    return (string) `cd {$dir} && git log --oneline -n {$limit} origin/{$branch}`; // expect: command-injection
}

$server = new Server('0.0.0.0', 9501);

$server->on('request', function (Request $request, Response $response) {
    $branch = $request->get['branch'] ?? 'main';
    $limit = $request->get['n'] ?? '20';
    $log = recentCommits($branch, $limit);

    $response->header('Content-Type', 'application/json');
    $response->end(json_encode(['branch' => $branch, 'commits' => explode("\n", trim($log))]));
});

$server->start();
