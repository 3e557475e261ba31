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
    private function sign(string $purpose, string $email): string
    {
        return hash_hmac('sha256', $purpose . ':' . strtolower($email), Factory::getApplication()->get('secret'));
    }

    public function confirm()
    {
        $input = Factory::getApplication()->input;
        $email = $input->getString('email');
        $token = $input->getString('token');
        if (hash_equals($this->sign('confirm', $email), $token)) {
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
        $removed = 0;
        if (hash_equals($this->sign('unsub', $email), $sig)) {
            $removed = $this->getModel('Subscription')->remove($email);
        }
        if ($removed == 0) {
            $this->setRedirect('index.php?option=com_newsletter', 'Invalid link', 'error');
            return;
        }
        $this->setRedirect('index.php?option=com_newsletter', 'You have been unsubscribed.');
    }
}
