<?php

namespace Application\Block\StoreLocator;

use Concrete\Core\Block\BlockController;

class Controller extends BlockController
{
    protected $btTable = 'btStoreLocator';

    public function view()
    {
        $postcode = $this->request->query->get('postcode', '');
        $stores = $this->app->make('store_finder')->near($postcode);
        echo '<h3>Stores near ' . $postcode . '</h3>'; // expect: xss
        echo '<ul class="stores">';
        foreach ($stores as $store) {
            echo '<li>' . htmlspecialchars($store['name'], ENT_QUOTES, 'UTF-8') . '</li>';
        }
        echo '</ul>';
    }
}
