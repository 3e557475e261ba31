<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Twig\Environment;
use Twig\Markup;

final class HelpController extends AbstractController
{
    public function __construct(private readonly Environment $twig)
    {
    }

    #[Route('/help/search')]
    public function search(Request $request): Response
    {
        $q = (string) $request->query->get('q', '');
        if (mb_strlen($q) < 3) {
            return new Response('<p>Please type at least three characters; you typed "' . $q . '".</p>', 400); // expect: xss
        }

        return $this->render('help/results.html.twig', ['q' => $q]);
    }

    #[Route('/help/banner')]
    public function banner(Request $request): Response
    {
        $notice = (string) $request->query->get('notice', '');

        return new Response($this->twig->render('help/banner.html.twig', [
            'notice' => new Markup('<strong>' . $notice . '</strong>', 'UTF-8'), // expect: xss
        ]));
    }
}
