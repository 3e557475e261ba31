<?php
/**
 * @package     Com_Booking
 * Restores the visitor's half-finished booking from a cookie.
 */

namespace Acme\Component\Booking\Site\Controller;

\defined('_JEXEC') or die;

use Joomla\CMS\Factory;
use Joomla\CMS\MVC\Controller\BaseController;

class DraftController extends BaseController
{
    public function restore()
    {
        $app = Factory::getApplication();
        $raw = $app->input->cookie->get('booking_draft', '', 'raw');

        $draft = $raw !== '' ? unserialize(base64_decode($raw)) : null; // expect: unsafe-deserialization

        $app->setUserState('com_booking.draft', $draft);
        $this->setRedirect('index.php?option=com_booking&view=form');
    }
}
