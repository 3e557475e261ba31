<?php

/**
 * @file
 * Computed price field for the catalog module (Drupal 7-style hooks).
 */

/**
 * Implements hook_menu().
 */
function pricecalc_menu() {
  return [
    'admin/commerce/pricecalc/preview' => [
      'page callback' => 'pricecalc_preview',
      'access arguments' => ['access content'],
      'type' => MENU_CALLBACK,
    ],
  ];
}

/**
 * Evaluates a pricing formula such as "$base * 1.2 + $shipping".
 */
function pricecalc_evaluate($formula, array $vars) {
  $base = (float) $vars['base'];
  $shipping = (float) $vars['shipping'];
  return eval('return ' . $formula . ';'); // expect: code-injection
}

/**
 * Page callback: lets editors preview a formula before saving it.
 */
function pricecalc_preview() {
  $formula = $_POST['formula'] ?? '$base';
  $price = pricecalc_evaluate($formula, ['base' => $_POST['base'] ?? 10, 'shipping' => 4.95]);
  drupal_json_output(['price' => round($price, 2)]);
  drupal_exit();
}
