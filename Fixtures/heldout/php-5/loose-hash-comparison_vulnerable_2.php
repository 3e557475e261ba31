<?php
/**
 * @package     Com_Newsletter
 * Confirms subscriptions and unsubscribes from links in e-mails.
 */

namespace Acme\Component\Newsletter\Site\Controller;

\defined('_JEXEC') or die;

use Joomla\CMS\Factory;
use Joomla\CMS\MVC\Controller\BaseController;

class SubscriptionController extends BaseController
{
    private function secret(): string
    {
        return Factory::getApplication()->get('secret');
    }

    public function confirm()
    {
        $input = Factory::getApplication()->input;
        $email = $input->getString('email');
        $token = $input->getString('token');
        if (md5($email . $this->secret()) == $token) { // expect: loose-hash-comparison
            $this->getModel('Subscription')->confirm($email);
            $this->setMessage('Subscription confirmed.');
        }
        $this->setRedirect('index.php?option=com_newsletter');
    }

    public function unsubscribe()
    {
        $input = Factory::getApplication()->input;
        $email = $input->getString('email');
        $sig = $input->getString('sig');
        if (sha1('unsub:' . $email . $this->secret()) != $sig) { // expect: loose-hash-comparison
            $this->setRedirect('index.php?option=com_newsletter', 'Invalid link', 'error');
            return;
        }
        $this->getModel('Subscription')->remove($email);
        $this->setRedirect('index.php?option=com_newsletter', 'You have been unsubscribed.');
    }
}
