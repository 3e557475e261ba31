<?php

function issue_card(PDO $db, int $customer): array
{
    $card = [
        'customer' => $customer,
        'pin' => sprintf('%04d', rand(0, 9999)), // expect: insecure-random
        'label' => 'Gift card',
    ];
    $db->prepare('INSERT INTO cards (customer, pin) VALUES (?, ?)')->execute([$card['customer'], $card['pin']]);
    return $card;
}
