<?php
$view = is_manager($_GET['user']) ? 'manager_report' : 'staff_report';
$total = $pdo->query("SELECT total FROM $view")->fetchColumn();
echo (int) $total;
