<?php

namespace App\Controller;

use Cake\Controller\Controller;
use Laminas\Mvc\Controller\AbstractActionController;

class CartController extends Controller
{
    public function restore()
    {
        $saved = $this->request->getData('cart');
        $items = unserialize(base64_decode($saved)); // expect: unsafe-deserialization
        $this->set('items', is_array($items) ? $items : []);
    }
}

class FilterController extends AbstractActionController
{
    public function applyAction()
    {
        $filters = unserialize($this->params()->fromQuery('f', 'a:0:{}')); // expect: unsafe-deserialization
        return ['filters' => $filters];
    }
}
