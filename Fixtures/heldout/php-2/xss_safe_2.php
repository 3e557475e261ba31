<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class SearchController extends Controller
{
    public function index(Request $request)
    {
        $q = (string) $request->query('q', '');
        $results = \App\Models\Article::search($q)->paginate(10);

        return view('search.index', ['q' => $q, 'results' => $results]);
    }

    public function preview(Request $request)
    {
        $html = '<h2>Results for "' . htmlspecialchars($request->query('q', ''), ENT_QUOTES) . '"</h2>';
        return response($html);
    }

    public function notFound(Request $request)
    {
        printf('<p>No page at %s</p>', e($request->path()));
    }
}
