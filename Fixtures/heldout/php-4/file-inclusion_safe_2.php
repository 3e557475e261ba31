<?php

/**
 * @file
 * Report exporters: plugin names are checked against the files that exist.
 */

function reports_exporters() {
  $dir = drupal_get_path('module', 'reports') . '/plugins';
  $names = [];
  foreach (glob($dir . '/*.inc') as $file) {
    $names[basename($file, '.inc')] = $file;
  }
  return $names;
}

function reports_load_exporter($plugin) {
  $exporters = reports_exporters();
  if (!isset($exporters[$plugin])) {
    return NULL;
  }
  include_once $exporters[$plugin];
  return 'reports_export_' . $plugin;
}

function reports_init() {
  $lang = isset($_COOKIE['reports_lang']) ? $_COOKIE['reports_lang'] : 'en';
  if (!preg_match('/^[a-z]{2}(_[A-Z]{2})?$/', $lang)) {
    $lang = 'en';
  }
  $file = __DIR__ . '/lang/' . $lang . '.php';
  if (is_file($file)) {
    require_once $file;
  }
}
