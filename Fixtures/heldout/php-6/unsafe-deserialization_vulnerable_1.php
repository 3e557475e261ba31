<?php

namespace Drupal\acme_prefs\Controller;

use Drupal\Core\Controller\ControllerBase;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

class PreferencesController extends ControllerBase
{
    public function show(Request $request): JsonResponse
    {
        $raw = $request->cookies->get('acme_prefs', '');
        $prefs = $raw !== '' ? unserialize(base64_decode($raw)) : []; // expect: unsafe-deserialization
        if (!is_array($prefs)) {
            $prefs = [];
        }
        return new JsonResponse([
            'theme' => $prefs['theme'] ?? 'light',
            'pageSize' => (int) ($prefs['pageSize'] ?? 20),
        ]);
    }
}
