<?php
/**
 * @package     Com_Events
 * Site view that renders an event with the layout the menu item (or URL) asks for.
 */

\defined('_JEXEC') or die;

use Joomla\CMS\Factory;

$app = Factory::getApplication();
$layout = $app->input->get('tmpl_layout', 'default', 'raw');
$event = $this->item;

require JPATH_COMPONENT . '/tmpl/event/' . $layout . '.php'; // expect: file-inclusion
