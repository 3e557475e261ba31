<?php
/**
 * @package     Com_Events
 * Site view that renders an event with the layout the menu item (or URL) asks for.
 */

\defined('_JEXEC') or die;

use Joomla\CMS\Factory;

$app = Factory::getApplication();
$layouts = ['default' => 'default.php', 'compact' => 'compact.php', 'print' => 'print.php'];
$layout = $layouts[$app->input->getCmd('tmpl_layout', 'default')] ?? 'default.php';
$event = $this->item;

require JPATH_COMPONENT . '/tmpl/event/' . $layout;
