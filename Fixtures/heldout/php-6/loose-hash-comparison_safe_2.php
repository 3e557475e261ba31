<?php
declare(strict_types=1);

namespace Acme\Newsletter\Controller;

use Psr\Http\Message\ResponseInterface;
use TYPO3\CMS\Extbase\Mvc\Controller\ActionController;

final class SubscriptionController extends ActionController
{
    private function sign(int $subscriber, string $purpose): string
    {
        $key = $GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'];
        return hash_hmac('sha256', $subscriber . '|' . $purpose, $key);
    }

    public function confirmAction(int $subscriber, string $hash): ResponseInterface
    {
        if (!hash_equals($this->sign($subscriber, 'confirm'), $hash)) {
            return $this->htmlResponse('Invalid link');
        }
        $this->view->assign('subscriber', $subscriber);
        return $this->htmlResponse();
    }

    public function unsubscribeAction(int $subscriber, string $token): ResponseInterface
    {
        $valid = hash_equals($this->sign($subscriber, 'unsubscribe'), $token);
        $this->view->assign('done', $valid);
        $this->view->assign('attempts', $valid == true ? 1 : 0);
        return $this->htmlResponse();
    }
}
