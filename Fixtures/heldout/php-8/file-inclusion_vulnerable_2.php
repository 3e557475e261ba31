<?php

namespace Sylius\Plugin\ShippingLabels;

use Sylius\Component\Core\Model\OrderInterface;

final class LabelRenderer
{
    private const CARRIERS = ['dhl' => 'dhl.php', 'ups' => 'ups.php', 'postnl' => 'postnl.php'];

    public function __construct(private string $carrierDir)
    {
    }

    public function render(OrderInterface $order): string
    {
        $carrier = self::CARRIERS[$order->getShipments()->first()->getMethod()->getCode()] ?? 'dhl.php';
        $layout = $order->getNotes() ?: 'standard';
        ob_start();
        include $this->carrierDir . '/' . $carrier;
        include_once sprintf('%s/layouts/%s.phtml', $this->carrierDir, $layout); // expect: file-inclusion
        return (string) ob_get_clean();
    }
}
