<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ProfileController extends Controller
{
    public function card(Request $request)
    {
        $nick = e($request->input('nick', 'guest'));
        $html = '<div class="card"><h3>' . $nick . '</h3></div>';
        return response($html);
    }

    public function missing(Request $request)
    {
        printf('<p>Nothing lives at %s</p>', htmlspecialchars($request->path(), ENT_QUOTES, 'UTF-8'));
    }
}
