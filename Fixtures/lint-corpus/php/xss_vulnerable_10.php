<?php
Router::get('/welcome/{name}', function ($name) {
    return "<h2>Welcome back, $name!</h2>"; // expect: xss
});

class BadgeController extends Controller
{
    public function show(string $label)
    {
        return '<span class="badge">' . $label . '</span>'; // expect: xss
    }
}
