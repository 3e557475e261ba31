<?php

namespace Application\Block\EventSignup;

use Concrete\Core\Block\BlockController;

class Controller extends BlockController
{
    protected $btTable = 'btEventSignup';

    public function action_register($bID = false)
    {
        $seats = max(1, (int) $this->request->request->get('seats', 1));
        $user = new \Concrete\Core\User\User();
        $isStaff = $user->isRegistered() && $user->inGroup(\Concrete\Core\User\Group\Group::getByName('Staff'));
        $price = $this->get('price');
        $total = $isStaff ? 0 : $price * $seats;
        $this->set('total', $total);
        $this->set('confirmed', true);
    }
}
