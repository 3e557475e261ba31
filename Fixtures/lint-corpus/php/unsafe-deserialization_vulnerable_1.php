<?php
// Restores the visitor's saved basket from a cookie.
if (isset($_COOKIE['basket'])) {
    $basket = unserialize(base64_decode($_COOKIE['basket'])); // expect: unsafe-deserialization
} else {
    $basket = [];
}
echo count($basket) . ' items';
