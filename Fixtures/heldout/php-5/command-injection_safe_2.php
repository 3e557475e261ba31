<?php
// Deploy status board served by an OpenSwoole HTTP server on the build box.

use OpenSwoole\Http\Request;
use OpenSwoole\Http\Response;
use OpenSwoole\Http\Server;

const REPO_DIR = '/srv/deploy/app';
const BRANCHES = ['main', 'staging', 'release'];

function recentCommits(string $branch, int $limit): string
{
    $cmd = sprintf(
        'git -C %s log --oneline -n %d %s',
        escapeshellarg(REPO_DIR),
        $limit,
        escapeshellarg('origin/' . $branch)
    );
    return (string) shell_exec($cmd);
}

$server = new Server('0.0.0.0', 9501);

$server->on('request', function (Request $request, Response $response) {
    $branch = $request->get['branch'] ?? 'main';
    if (!in_array($branch, BRANCHES, true)) {
        $response->status(400);
        $response->end('unknown branch');
        return;
    }
    $limit = max(1, min(100, (int) ($request->get['n'] ?? 20)));
    $log = recentCommits($branch, $limit);

    $response->header('Content-Type', 'application/json');
    $response->end(json_encode(['branch' => $branch, 'commits' => explode("\n", trim($log))]));
});

$server->start();
