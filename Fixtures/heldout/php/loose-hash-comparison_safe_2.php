<?php

namespace App\Http\Controllers;

use App\Models\Download;
use Illuminate\Http\Request;

class DownloadController extends Controller
{
    // Links look like /download/42?expires=1700000000&sig=...
    public function show(Request $request, int $id)
    {
        $expires = (int)$request->query('expires');
        $sig = (string)$request->query('sig');
        $check = hash_hmac('sha256', $id . '|' . $expires, config('app.key'));

        if (hash_equals($check, $sig) && $expires > time()) {
            return response()->download(Download::findOrFail($id)->storagePath());
        }
        abort(403);
    }

    public function verifyChecksum(Request $request, int $id)
    {
        $file = Download::findOrFail($id);
        $given = strtolower((string)$request->input('sha256'));
        $match = hash_file('sha256', $file->storagePath()) === $given;
        return response()->json(['match' => $match, 'size_ok' => $file->size == $request->input('size')]);
    }
}
