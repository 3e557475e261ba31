<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Process;
use Illuminate\Support\Facades\Storage;

class VideoController extends Controller
{
    public function thumbnail(Request $request, string $video)
    {
        $second = (string) max(0, (int) $request->query('at', 5));
        $disk = Storage::disk('videos');
        abort_unless($disk->exists($video) && preg_match('/^[\w-]+\.mp4$/', $video), 404);
        $target = storage_path('app/thumbs/' . pathinfo($video, PATHINFO_FILENAME) . '.jpg');
        $result = Process::run(['ffmpeg', '-y', '-ss', $second, '-i', $disk->path($video), '-frames:v', '1', $target]);
        if ($result->failed()) {
            abort(500, 'thumbnail failed');
        }
        return response()->file($target);
    }
}
