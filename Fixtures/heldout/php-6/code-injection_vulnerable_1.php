<?php

namespace App\Controllers;

use Phalcon\Mvc\Controller;

class ShippingController extends Controller
{
    public function quoteAction()
    {
        $weight = (float) $this->request->getPost('weight', 'float', 0);
        $zone = $this->request->getPost('zone', 'string', 'domestic');
        $formula = $this->request->getPost('formula', null, '4.50 + $weight * 1.2');

        $price = 0.0;
        eval('$price = ' . $formula . ';'); // expect: code-injection

        return $this->response->setJsonContent([
            'zone' => $zone,
            'weight' => $weight,
            'price' => round($price, 2),
        ]);
    }
}
