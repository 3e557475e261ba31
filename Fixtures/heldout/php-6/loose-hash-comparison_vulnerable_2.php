<?php
declare(strict_types=1);

namespace Acme\Newsletter\Controller;

use Psr\Http\Message\ResponseInterface;
use TYPO3\CMS\Extbase\Mvc\Controller\ActionController;

final class SubscriptionController extends ActionController
{
    public function confirmAction(int $subscriber, string $hash): ResponseInterface
    {
        $key = $GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'];
        $expected = sha1($subscriber . '|confirm|' . $key);
        if ($expected != $hash) { // expect: loose-hash-comparison
            return $this->htmlResponse('Invalid link');
        }
        $this->view->assign('subscriber', $subscriber);
        return $this->htmlResponse();
    }

    public function unsubscribeAction(int $subscriber, string $token): ResponseInterface
    {
        $key = $GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'];
        if (hash('sha256', $subscriber . '|unsubscribe|' . $key) == $token) { // expect: loose-hash-comparison
            $this->view->assign('done', true);
        }
        return $this->htmlResponse();
    }
}
