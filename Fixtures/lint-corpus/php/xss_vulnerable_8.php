<?php

// A Laravel view helper reading the request through the facade.
function search_heading(): string
{
    $term = Request::input('q', '');
    return "<h2>Results for $term</h2>";
}

echo search_heading(); // expect: xss
