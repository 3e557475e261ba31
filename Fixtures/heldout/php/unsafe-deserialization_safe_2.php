<?php

namespace App\Http\Controllers\Api;

use App\Jobs\ImportJob;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ImportController
{
    public function sync(Request $request): JsonResponse
    {
        $payload = json_decode($request->getContent(), true, 16, JSON_THROW_ON_ERROR);
        $queued = 0;
        foreach ($payload['jobs'] ?? [] as $job) {
            dispatch(new ImportJob((string)$job['file'], (array)($job['options'] ?? [])));
            $queued++;
        }
        return response()->json(['queued' => $queued]);
    }

    public function restore(Request $request): JsonResponse
    {
        // Legacy clients still send serialize()d arrays; objects are refused outright.
        $state = unserialize($request->getContent(), ['allowed_classes' => false]);
        if (!is_array($state)) {
            return response()->json(['restored' => false], 422);
        }
        session(['import_state' => $state]);
        return response()->json(['restored' => true]);
    }

    public function cached(): JsonResponse
    {
        // Written by our own cron job, never by a client.
        $stats = unserialize(file_get_contents(storage_path('app/import-stats.ser')));
        return response()->json($stats);
    }
}
