<?php

namespace App\Controller;

use Cake\Controller\Controller;

class CartController extends Controller
{
    public function restore()
    {
        $saved = (string) $this->request->getData('cart');
        $items = json_decode(base64_decode($saved), true, 4, JSON_THROW_ON_ERROR);
        $this->set('items', is_array($items) ? $items : []);
    }
}
