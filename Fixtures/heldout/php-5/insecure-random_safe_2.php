<?php
/**
 * "Welcome voucher" module for PrestaShop: every new customer gets a one-time
 * voucher code by e-mail, and the welcome mail shows one of a few banners.
 */

if (!defined('_PS_VERSION_')) {
    exit;
}

class WelcomeVoucher extends Module
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    private const BANNERS = ['spring.png', 'classic.png', 'friends.png'];

    public function hookActionCustomerAccountAdd(array $params)
    {
        $customer = $params['newCustomer'];
        $rule = new CartRule();
        $rule->code = $this->voucherCode(10);
        $rule->id_customer = (int) $customer->id;
        $rule->reduction_percent = 10;
        $rule->quantity = 1;
        $rule->date_from = date('Y-m-d H:i:s');
        $rule->date_to = date('Y-m-d H:i:s', strtotime('+30 days'));
        $rule->name = [(int) Configuration::get('PS_LANG_DEFAULT') => 'Welcome'];
        $rule->add();

        $banner = self::BANNERS[array_rand(self::BANNERS)];
        Configuration::updateValue('WELCOME_LAST_BANNER', $banner);
    }

    private function voucherCode(int $length): string
    {
        $code = '';
        for ($i = 0; $i < $length; $i++) {
            $code .= self::ALPHABET[random_int(0, strlen(self::ALPHABET) - 1)];
        }
        return $code;
    }
}
