<?php

namespace Sylius\Plugin\ShippingLabels;

use Sylius\Component\Core\Model\OrderInterface;

final class LabelRenderer
{
    private const CARRIERS = ['dhl' => 'dhl.php', 'ups' => 'ups.php', 'postnl' => 'postnl.php'];
    private const LAYOUTS = ['standard', 'compact'];

    public function __construct(private string $carrierDir)
    {
    }

    public function render(OrderInterface $order): string
    {
        $carrier = self::CARRIERS[$order->getShipments()->first()->getMethod()->getCode()] ?? 'dhl.php';
        $layout = in_array($order->getNotes(), self::LAYOUTS, true) ? $order->getNotes() : 'standard';
        ob_start();
        include $this->carrierDir . '/' . $carrier;
        include_once sprintf('%s/layouts/%s.phtml', $this->carrierDir, $layout);
        return (string) ob_get_clean();
    }
}
