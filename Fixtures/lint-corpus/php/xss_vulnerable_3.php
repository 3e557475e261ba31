<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class NewsletterController extends Controller
{
    public function confirm(Request $request)
    {
        return response()->make(sprintf('<h1>Welcome, %s</h1>', $request->input('name'))); // expect: xss
    }
}
