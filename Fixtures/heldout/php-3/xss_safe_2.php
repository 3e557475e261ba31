<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class GuestbookController extends Controller
{
    public function preview(Request $request)
    {
        $validated = $request->validate([
            'name' => 'nullable|string|max:60',
            'message' => 'required|string|max:2000',
        ]);
        return view('guestbook.preview', [
            'name' => $validated['name'] ?? 'Anonymous',
            'message' => $validated['message'],
        ]);
    }

    public function thanks(Request $request)
    {
        return response()->make(sprintf('<p>Thanks, %s! Your entry awaits moderation.</p>', e($request->query('name', 'friend'))));
    }
}
