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

        $draft = null;
        if ($raw !== '') {
            try {
                $data = json_decode(base64_decode($raw), true, 4, JSON_THROW_ON_ERROR);
                $draft = [
                    'date' => (string) ($data['date'] ?? ''),
                    'guests' => (int) ($data['guests'] ?? 1),
                    'room' => (int) ($data['room'] ?? 0),
                ];
            } catch (\JsonException $e) {
                $app->enqueueMessage('Your saved booking could not be restored.', 'warning');
            }
        }

        $app->setUserState('com_booking.draft', $draft);
        $this->setRedirect('index.php?option=com_booking&view=form');
    }
}
