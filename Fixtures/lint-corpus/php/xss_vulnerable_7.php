<?php

// ReactPHP-style handler writing an HTML page by hand.
function handle($request, $response)
{
    $term = $request->get['term'] ?? '';
    $response->header('Content-Type', 'text/html; charset=utf-8');
    $response->end('Results for ' . $term); // expect: xss
}

function render_comments(array $comments): array
{
    $out = [];
    foreach ($comments as $comment) {
        $out[] = Html::el('p')->setHtml($comment->body); // expect: xss
    }
    return $out;
}
