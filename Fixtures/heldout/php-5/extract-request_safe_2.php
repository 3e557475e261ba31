<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Http\Response;
use Laminas\Diactoros\Response\HtmlResponse;
use Psr\Http\Message\ServerRequestInterface;

class InvoicesController extends AppController
{
    public function preview(): Response
    {
        $data = $this->request->getData();
        $currency = in_array($data['currency'] ?? '', ['EUR', 'USD', 'GBP'], true) ? $data['currency'] : 'EUR';
        $isDraft = true;
        $invoice = $this->fetchTable('Invoices')->newEntity([
            'customer' => $data['customer'] ?? null,
            'lines' => $data['lines'] ?? [],
            'currency' => $currency,
        ], ['fields' => ['customer', 'lines', 'currency']]);
        $this->set(compact('invoice', 'isDraft'));
        return $this->render('preview');
    }
}

/** The same preview, served by the Mezzio side of the app for the partner portal. */
function partnerPreview(ServerRequestInterface $request, \App\View\Renderer $view): HtmlResponse
{
    $vars = ['template' => 'invoices/preview', 'number' => (string) ($request->getQueryParams()['number'] ?? '')];
    extract($vars, EXTR_SKIP);
    return new HtmlResponse($view->render($template, ['number' => $number]));
}
