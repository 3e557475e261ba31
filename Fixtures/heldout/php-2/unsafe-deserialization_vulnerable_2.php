<?php

namespace App\Http\Controllers;

use App\Jobs\ImportJob;
use Illuminate\Http\Request;

class WebhookController extends Controller
{
    public function import(Request $request)
    {
        $payload = $request->getContent();
        $job = unserialize($payload); // expect: unsafe-deserialization
        if (!$job instanceof ImportJob) {
            return response('bad payload', 400);
        }
        dispatch($job);

        $meta = unserialize(gzuncompress(base64_decode($request->header('X-Import-Meta', '')))); // expect: unsafe-deserialization

        return response()->json(['queued' => true, 'source' => $meta['source'] ?? null]);
    }
}
