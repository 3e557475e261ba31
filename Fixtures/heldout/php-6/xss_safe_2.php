<?php

namespace Drupal\acme_search\Controller;

use Drupal\Component\Utility\Html;
use Drupal\Core\Controller\ControllerBase;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

class QuickSearchController extends ControllerBase
{
    public function suggest(Request $request): array
    {
        $term = (string) $request->query->get('term', '');
        $nids = $this->entityTypeManager()->getStorage('node')->getQuery()
            ->accessCheck(TRUE)
            ->condition('title', $term, 'CONTAINS')
            ->range(0, 5)
            ->execute();

        $items = [];
        foreach ($this->entityTypeManager()->getStorage('node')->loadMultiple($nids) as $node) {
            $items[] = ['#plain_text' => $node->label()];
        }

        return [
            'heading' => ['#markup' => '<p>Suggestions for <em>' . Html::escape($term) . '</em></p>'],
            'list' => ['#theme' => 'item_list', '#items' => $items],
        ];
    }

    public function suggestJson(Request $request): JsonResponse
    {
        $term = (string) $request->query->get('term', '');
        return new JsonResponse(['term' => $term], 200, [], false);
    }
}
