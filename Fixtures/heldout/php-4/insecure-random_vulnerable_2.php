<?php

/**
 * @file
 * Second-factor codes sent by SMS at login (Drupal 7-style module).
 */

/**
 * Implements hook_user_login().
 */
function smscode_user_login(&$edit, $account) {
  if (empty($account->data['sms_phone'])) {
    return;
  }
  $code = (string) mt_rand(100000, 999999); // expect: insecure-random
  $_SESSION['smscode'] = [
    'hash' => password_hash($code, PASSWORD_DEFAULT),
    'expires' => REQUEST_TIME + 300,
  ];
  smscode_send($account->data['sms_phone'], t('Your login code is @code', ['@code' => $code]));
  drupal_goto('user/sms-verify');
}

function smscode_send($phone, $text) {
  $gateway = variable_get('smscode_gateway', 'https://sms.example.net/send');
  drupal_http_request($gateway, [
    'method' => 'POST',
    'data' => drupal_http_build_query(['to' => $phone, 'text' => $text]),
    'headers' => ['Content-Type' => 'application/x-www-form-urlencoded'],
  ]);
}
