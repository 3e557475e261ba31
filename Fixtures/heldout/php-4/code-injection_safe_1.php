<?php

/**
 * @file
 * Computed price field: formulas are a fixed set of named rules.
 */

/**
 * Returns the pricing rules editors can choose from.
 */
function pricecalc_rules() {
  return [
    'standard' => fn (float $base, float $shipping) => $base + $shipping,
    'vat' => fn (float $base, float $shipping) => $base * 1.2 + $shipping,
    'free_shipping' => fn (float $base, float $shipping) => $base,
  ];
}

function pricecalc_evaluate($rule, array $vars) {
  $rules = pricecalc_rules();
  if (!isset($rules[$rule])) {
    throw new InvalidArgumentException('Unknown pricing rule');
  }
  return call_user_func($rules[$rule], (float) $vars['base'], (float) $vars['shipping']);
}

function pricecalc_preview() {
  $rule = $_POST['rule'] ?? 'standard';
  try {
    $price = pricecalc_evaluate($rule, ['base' => $_POST['base'] ?? 10, 'shipping' => 4.95]);
    drupal_json_output(['price' => round($price, 2)]);
  }
  catch (InvalidArgumentException $e) {
    drupal_json_output(['error' => $e->getMessage()]);
  }
  drupal_exit();
}
