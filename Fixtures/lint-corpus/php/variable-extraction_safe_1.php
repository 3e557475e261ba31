<?php
$is_admin = false;
$message = $_POST['message'] ?? '';
extract(['title' => 'Contact', 'year' => date('Y')]);
extract($_POST, EXTR_SKIP);
mail('office@example.com', $title, $message);
