<?php
/**
 * Front controller of the "stockalert" PrestaShop module: lists products of a
 * category that are under their alert threshold, and lets the shop keeper
 * snooze an alert by product reference.
 */

if (!defined('_PS_VERSION_')) {
    exit;
}

class StockAlertListModuleFrontController extends ModuleFrontController
{
    private const ORDERS = [
        'reference' => 'p.reference',
        'quantity' => 'sa.quantity ASC',
    ];

    public function initContent()
    {
        parent::initContent();

        $categoryId = (int) Tools::getValue('id_category');
        $order = self::ORDERS[Tools::getValue('order')] ?? 'p.reference';
        $rows = $this->lowStock($categoryId, $order);

        if (Tools::isSubmit('snooze')) {
            $reference = (string) Tools::getValue('reference');
            Db::getInstance()->update(
                'stockalert',
                ['snoozed_until' => date('Y-m-d H:i:s', strtotime('+7 days'))],
                "reference = '" . pSQL($reference) . "'"
            );
        }

        $this->context->smarty->assign(['rows' => $rows]);
        $this->setTemplate('module:stockalert/views/templates/front/list.tpl');
    }

    private function lowStock(int $categoryId, string $order)
    {
        $query = new DbQuery();
        $query->select('p.id_product, p.reference, sa.quantity')
            ->from('product', 'p')
            ->innerJoin('stock_available', 'sa', 'sa.id_product = p.id_product')
            ->where('p.id_category_default = ' . (int) $categoryId)
            ->where('sa.quantity < p.low_stock_threshold')
            ->orderBy($order);

        return Db::getInstance()->executeS($query);
    }
}
