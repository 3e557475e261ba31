<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Twig\Markup;

class NoticeController
{
    public function show(Request $request): Response
    {
        $title = (string) $request->query->get('title', '');
        return new Response($this->twig->render('notice.html.twig', [
            'title' => new Markup('<h2>' . htmlspecialchars($title, ENT_QUOTES, 'UTF-8') . '</h2>', 'UTF-8'),
            'plain' => $title,
        ]));
    }
}
