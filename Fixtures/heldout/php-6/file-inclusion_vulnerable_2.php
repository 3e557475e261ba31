<?php
require_once(__DIR__ . '/../../config.php');

require_login();
$context = context_system::instance();
require_capability('moodle/site:viewreports', $context);

$report = optional_param('report', 'overview', PARAM_RAW);
$skin = $_COOKIE['report_skin'] ?? 'classic';

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/acmereports/index.php', ['report' => $report]));
$PAGE->set_title(get_string('pluginname', 'local_acmereports'));

require_once($CFG->dirroot . '/local/acmereports/reports/' . $report . '/lib.php'); // expect: file-inclusion

echo $OUTPUT->header();
include(__DIR__ . '/skins/' . $skin . '.php'); // expect: file-inclusion
echo $OUTPUT->footer();
