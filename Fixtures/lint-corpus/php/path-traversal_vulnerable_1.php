<?php
// Serves invoices stored as PDF files.
$file = $_GET['invoice'];
$path = __DIR__ . '/invoices/' . $file;
header('Content-Type: application/pdf');
readfile($path); // expect: path-traversal
