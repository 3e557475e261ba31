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
        try {
            $prefs = $raw !== '' ? json_decode(base64_decode($raw), true, 4, JSON_THROW_ON_ERROR) : [];
        } catch (\JsonException $e) {
            $this->getLogger('acme_prefs')->notice('Bad preferences cookie: @m', ['@m' => $e->getMessage()]);
            $prefs = [];
        }
        if (!is_array($prefs)) {
            $prefs = [];
        }
        return new JsonResponse([
            'theme' => in_array($prefs['theme'] ?? '', ['light', 'dark'], true) ? $prefs['theme'] : 'light',
            'pageSize' => (int) ($prefs['pageSize'] ?? 20),
        ]);
    }
}
