<?php

namespace App\Controllers;

use Phalcon\Mvc\Controller;

class ShippingController extends Controller
{
    private const RATES = [
        'domestic' => ['base' => 4.50, 'perKg' => 1.20],
        'eu' => ['base' => 9.90, 'perKg' => 2.10],
        'world' => ['base' => 19.00, 'perKg' => 4.75],
    ];

    public function quoteAction()
    {
        $weight = (float) $this->request->getPost('weight', 'float', 0);
        $zone = $this->request->getPost('zone', 'string', 'domestic');
        if (!isset(self::RATES[$zone])) {
            return $this->response->setStatusCode(400)->setJsonContent(['error' => 'unknown zone']);
        }
        $rate = self::RATES[$zone];
        $price = $rate['base'] + $weight * $rate['perKg'];

        return $this->response->setJsonContent([
            'zone' => $zone,
            'weight' => $weight,
            'price' => round($price, 2),
        ]);
    }
}
