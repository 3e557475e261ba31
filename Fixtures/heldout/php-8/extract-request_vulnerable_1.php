<?php

namespace Application\Block\EventSignup;

use Concrete\Core\Block\BlockController;

class Controller extends BlockController
{
    protected $btTable = 'btEventSignup';

    public function action_register($bID = false)
    {
        $seats = 1;
        $isStaff = false;
        $price = $this->get('price');
        extract($this->request->request->all()); // expect: extract-request
        $total = $isStaff ? 0 : $price * max(1, (int) $seats);
        $this->set('total', $total);
        $this->set('confirmed', true);
    }
}
