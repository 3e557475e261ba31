<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
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
            $safe = htmlspecialchars($q, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
            return new Response('<p>Please type at least three characters; you typed "' . $safe . '".</p>', 400);
        }

        return $this->render('help/results.html.twig', ['q' => $q]);
    }

    #[Route('/help/banner')]
    public function banner(Request $request): Response
    {
        // Twig escapes "notice"; only the constant icon markup is marked safe.
        return new Response($this->twig->render('help/banner.html.twig', [
            'notice' => (string) $request->query->get('notice', ''),
            'icon' => new Markup('<svg class="icon"><use href="#info"></use></svg>', 'UTF-8'),
        ]));
    }

    #[Route('/help/suggest')]
    public function suggest(Request $request): JsonResponse
    {
        return new JsonResponse(['q' => $request->query->get('q'), 'suggestions' => []]);
    }
}
