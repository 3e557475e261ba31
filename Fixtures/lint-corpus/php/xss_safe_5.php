<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Response;

class ProfileController extends AbstractController
{
    public function show(string $username): Response
    {
        $response = new Response();
        $response->setContent('<h2>Profile of ' . htmlspecialchars($username, ENT_QUOTES, 'UTF-8') . '</h2>');
        return $response;
    }

    public function export(string $username): Response
    {
        return $this->response->withType('csv')->withStringBody("user\n" . $username);
    }
}

function handle($request, $response)
{
    $response->header('Content-Type', 'application/json');
    $response->end(json_encode(['term' => $request->get['term'] ?? '']));
}

function render_comments(array $comments): array
{
    $out = [];
    foreach ($comments as $comment) {
        $out[] = Html::el('p')->setText($comment->body);
    }
    return $out;
}
