<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ProfileController extends Controller
{
    public function card(Request $request)
    {
        $nick = $request->input('nick', 'guest');
        $html = '<div class="card"><h3>' . $nick . '</h3></div>';
        return response($html); // expect: xss
    }

    public function missing(Request $request)
    {
        printf('<p>Nothing lives at %s</p>', $request->path()); // expect: xss
    }
}
