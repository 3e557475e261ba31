<?php

namespace Drupal\acme_search\Controller;

use Drupal\Core\Controller\ControllerBase;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

class QuickSearchController extends ControllerBase
{
    public function suggest(Request $request): Response
    {
        $term = (string) $request->query->get('term', '');
        $nids = $this->entityTypeManager()->getStorage('node')->getQuery()
            ->accessCheck(TRUE)
            ->condition('title', $term, 'CONTAINS')
            ->range(0, 5)
            ->execute();

        $html = '<div class="suggest"><p>Suggestions for <em>' . $term . '</em></p><ul>';
        foreach ($this->entityTypeManager()->getStorage('node')->loadMultiple($nids) as $node) {
            $html .= '<li>' . $node->label() . '</li>';
        }
        $html .= '</ul></div>';

        return new Response($html, 200, ['Content-Type' => 'text/html; charset=UTF-8']); // expect: xss
    }
}
