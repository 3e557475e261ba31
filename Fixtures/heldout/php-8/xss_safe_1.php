<?php

namespace Application\Block\StoreLocator;

use Concrete\Core\Block\BlockController;

class Controller extends BlockController
{
    protected $btTable = 'btStoreLocator';

    public function view()
    {
        $postcode = (string) $this->request->query->get('postcode', '');
        $stores = $this->app->make('store_finder')->near($postcode);
        $h = fn (string $s): string => htmlspecialchars($s, ENT_QUOTES, 'UTF-8');
        echo '<h3>Stores near ' . $h($postcode) . '</h3>';
        echo '<ul class="stores">';
        foreach ($stores as $store) {
            echo '<li>' . $h($store['name']) . ' (' . (int) $store['distance_km'] . ' km)</li>';
        }
        echo '</ul>';
    }
}
