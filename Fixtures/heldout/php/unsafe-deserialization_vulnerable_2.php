<?php

namespace App\Http\Controllers\Api;

use App\Jobs\ImportJob;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ImportController
{
    // The desktop client posts its queued jobs as a serialized PHP array.
    public function sync(Request $request): JsonResponse
    {
        $payload = unserialize($request->getContent()); // expect: unsafe-deserialization
        $queued = 0;
        foreach ($payload['jobs'] ?? [] as $job) {
            dispatch(new ImportJob($job['file'], $job['options'] ?? []));
            $queued++;
        }
        return response()->json(['queued' => $queued]);
    }

    public function restore(): JsonResponse
    {
        $raw = file_get_contents('php://input');
        $state = unserialize(gzuncompress($raw)); // expect: unsafe-deserialization
        session(['import_state' => $state]);
        return response()->json(['restored' => true]);
    }
}
