<?php

/**
 * @file
 * Report exporters for the reports module (Drupal 7-style).
 */

/**
 * Loads the include file of an exporter plugin.
 */
function reports_load_exporter($plugin) {
  $dir = drupal_get_path('module', 'reports');
  include_once $dir . '/plugins/' . $plugin . '.inc'; // expect: file-inclusion
  return 'reports_export_' . preg_replace('/\W/', '_', $plugin);
}

/**
 * Page callback for admin/reports/export.
 */
function reports_export_page() {
  $params = drupal_get_query_parameters();
  $plugin = isset($params['format']) ? $params['format'] : 'csv';
  $callback = reports_load_exporter($plugin);
  if (!function_exists($callback)) {
    return drupal_not_found();
  }
  $rows = db_query('SELECT nid, title, created FROM {node} WHERE status = 1 ORDER BY created DESC')->fetchAll();
  return $callback($rows);
}

/**
 * Implements hook_init(): per-user language strings.
 */
function reports_init() {
  if (!empty($_COOKIE['reports_lang'])) {
    require_once __DIR__ . '/lang/' . $_COOKIE['reports_lang'] . '.php'; // expect: file-inclusion
  }
}
