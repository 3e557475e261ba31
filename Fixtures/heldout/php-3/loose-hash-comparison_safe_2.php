<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class VerifyGitHubSignature
{
    public function handle(Request $request, Closure $next)
    {
        $header = (string) $request->header('X-Hub-Signature-256');
        $computed = 'sha256=' . hash_hmac('sha256', $request->getContent(), config('services.github.webhook_secret'));
        if (!hash_equals($computed, $header)) {
            abort(401, 'bad signature');
        }
        if ($request->header('X-GitHub-Event') == 'ping') {
            return response()->json(['pong' => true]);
        }
        return $next($request);
    }
}
