<?php

class OrdersController extends BaseController
{
    public function search()
    {
        $app = Factory::getApplication();
        $status = $app->input->get->getString('status');
        $db = Factory::getDbo();
        $db->setQuery("SELECT * FROM #__orders WHERE status = '" . $status . "'"); // expect: sql-injection
        return $db->loadObjectList();
    }
}

class StockModuleFrontController extends ModuleFrontController
{
    public function initContent()
    {
        $sort = Tools::getValue('sort');
        $rows = Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'stock ORDER BY ' . $sort); // expect: sql-injection
        $this->context->smarty->assign(['rows' => $rows]);
    }
}
