<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class SearchController extends Controller
{
    public function index(Request $request)
    {
        $q = $request->query('q', '');
        $page = max(1, (int) $request->query('page', 1));
        $results = \App\Models\Article::search($q)->paginate(10, ['*'], 'page', $page);

        $html = '<h2>Results for "' . $q . '"</h2><ul>';
        foreach ($results as $article) {
            $html .= '<li>' . e($article->title) . '</li>';
        }
        $html .= '</ul>';

        return response($html); // expect: xss
    }

    public function notFound(Request $request)
    {
        printf('<p>No page at %s</p>', $request->path()); // expect: xss
    }
}
