<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class GuestbookController extends Controller
{
    public function preview(Request $request)
    {
        $name = $request->input('name', 'Anonymous');
        $message = $request->input('message', '');
        $html = '<article class="entry"><h3>' . $name . '</h3>'
            . '<p>' . nl2br(e($message)) . '</p></article>';
        return response($html); // expect: xss
    }

    public function thanks(Request $request)
    {
        return response()->make(sprintf('<p>Thanks, %s! Your entry awaits moderation.</p>', $request->query('name'))); // expect: xss
    }
}
