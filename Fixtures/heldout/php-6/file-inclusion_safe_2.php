<?php
require_once(__DIR__ . '/../../config.php');

require_login();
$context = context_system::instance();
require_capability('moodle/site:viewreports', $context);

$report = optional_param('report', 'overview', PARAM_ALPHA);
$reports = ['overview', 'completion', 'grades'];
if (!in_array($report, $reports, true)) {
    throw new moodle_exception('invalidreport', 'local_acmereports');
}
$skins = ['classic' => 'classic.php', 'compact' => 'compact.php'];
$skinfile = $skins[$_COOKIE['report_skin'] ?? 'classic'] ?? 'classic.php';

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/acmereports/index.php', ['report' => $report]));
$PAGE->set_title(get_string('pluginname', 'local_acmereports'));

require_once($CFG->dirroot . '/local/acmereports/reports/' . $report . '/lib.php');

echo $OUTPUT->header();
include(__DIR__ . '/skins/' . $skinfile);
echo $OUTPUT->footer();
