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
        $sig = $request->query('sig');
        $check = sha1($id . '|' . $expires . '|' . config('app.key'));

        if ($sig == $check && $expires > time()) { // expect: loose-hash-comparison
            return response()->download(Download::findOrFail($id)->storagePath());
        }
        abort(403);
    }

    public function verifyChecksum(Request $request, int $id)
    {
        $file = Download::findOrFail($id);
        $given = $request->input('md5');
        if (md5_file($file->storagePath()) == $given) { // expect: loose-hash-comparison
            return response()->json(['match' => true]);
        }
        return response()->json(['match' => false]);
    }
}
