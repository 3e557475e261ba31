<?php
$xml = file_get_contents($_FILES['feed']['tmp_name']);
$feed = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NONET);
foreach ($feed->product as $product) {
    echo htmlspecialchars((string) $product->name), "\n";
}
