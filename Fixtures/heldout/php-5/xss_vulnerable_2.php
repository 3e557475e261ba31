<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;
use OpenSwoole\Http\Request as SwooleRequest;
use OpenSwoole\Http\Response as SwooleResponse;

class BadgesController extends AppController
{
    public function preview(): Response
    {
        $name = $this->request->getQuery('name', 'Guest');
        $role = $this->request->getQuery('role', 'Visitor');
        $html = sprintf('<div class="badge"><h2>%s</h2><span>%s</span></div>', $name, $role);

        return $this->response->withType('html')->withStringBody($html); // expect: xss
    }
}

/** Kiosk printer status endpoint served next to the app by OpenSwoole. */
function kioskStatus(SwooleRequest $request, SwooleResponse $response): void
{
    $kiosk = $request->get['kiosk'] ?? 'unknown';
    $response->header('Content-Type', 'text/html; charset=utf-8');
    $response->end("<h1>Printer status for {$kiosk}</h1><p>OK</p>"); // expect: xss
}
