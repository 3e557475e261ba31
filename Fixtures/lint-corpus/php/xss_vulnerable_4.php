<?php

namespace App\Controller;

use Illuminate\Support\HtmlString;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Twig\Markup;

class NoticeController
{
    public function show(Request $request): Response
    {
        $title = (string) $request->query->get('title', '');
        return new Response($this->twig->render('notice.html.twig', [
            'title' => new Markup('<h2>' . $title . '</h2>', 'UTF-8'), // expect: xss
        ]));
    }

    public function banner(\Illuminate\Http\Request $request)
    {
        return view('banner', ['html' => new HtmlString($request->input('message'))]); // expect: xss
    }
}
