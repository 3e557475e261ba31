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
        $currency = 'EUR';
        $isDraft = true;
        extract($this->request->getData()); // expect: extract-request
        $invoice = $this->fetchTable('Invoices')->newEntity(compact('customer', 'lines', 'currency'));
        $this->set(compact('invoice', 'isDraft'));
        return $this->render('preview');
    }
}

/** The same preview, served by the Mezzio side of the app for the partner portal. */
function partnerPreview(ServerRequestInterface $request, \App\View\Renderer $view): HtmlResponse
{
    $template = 'invoices/preview';
    extract($request->getQueryParams()); // expect: extract-request
    return new HtmlResponse($view->render($template, ['number' => $number ?? '']));
}
