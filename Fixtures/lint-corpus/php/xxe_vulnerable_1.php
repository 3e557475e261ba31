<?php
// Imports a product feed uploaded by a partner.
$xml = file_get_contents($_FILES['feed']['tmp_name']);
$feed = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT); // expect: xxe
foreach ($feed->product as $product) {
    echo htmlspecialchars((string) $product->name), "\n";
}
