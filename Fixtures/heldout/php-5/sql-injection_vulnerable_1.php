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
    public function initContent()
    {
        parent::initContent();

        $categoryId = Tools::getValue('id_category');
        $rows = $this->lowStock($categoryId, Tools::getValue('order', 'p.reference'));

        if (Tools::isSubmit('snooze')) {
            $reference = Tools::getValue('reference');
            Db::getInstance()->execute( // expect: sql-injection
                "UPDATE `" . _DB_PREFIX_ . "stockalert` SET snoozed_until = DATE_ADD(NOW(), INTERVAL 7 DAY)
                 WHERE reference = '" . $reference . "'"
            );
        }

        $this->context->smarty->assign(['rows' => $rows]);
        $this->setTemplate('module:stockalert/views/templates/front/list.tpl');
    }

    private function lowStock($categoryId, $order)
    {
        $sql = 'SELECT p.id_product, p.reference, sa.quantity
                FROM `' . _DB_PREFIX_ . 'product` p
                JOIN `' . _DB_PREFIX_ . 'stock_available` sa ON sa.id_product = p.id_product
                WHERE p.id_category_default = ' . $categoryId . '
                  AND sa.quantity < p.low_stock_threshold
                ORDER BY ' . $order;

        return Db::getInstance()->executeS($sql); // expect: sql-injection
    }
}
