<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class VideoController extends Controller
{
    public function thumbnail(Request $request, string $video)
    {
        $second = $request->query('at', '5');
        $source = Storage::disk('videos')->path($video);
        $target = storage_path("app/thumbs/{$video}.jpg");
        exec("ffmpeg -y -ss {$second} -i {$source} -frames:v 1 {$target}", $out, $code); // expect: command-injection
        if ($code !== 0) {
            abort(500, 'thumbnail failed');
        }
        return response()->file($target);
    }
}
