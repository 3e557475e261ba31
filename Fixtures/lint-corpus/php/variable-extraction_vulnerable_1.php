<?php
// Legacy contact form.
$is_admin = false;
extract($_POST); // expect: variable-extraction
if ($is_admin) {
    echo 'Admin tools enabled';
}
mail('office@example.com', 'Contact', $message ?? '');
