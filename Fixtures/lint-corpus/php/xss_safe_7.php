<?php
Router::get('/welcome/{name}', function ($name) {
    return '<h2>Welcome back, ' . htmlspecialchars($name, ENT_QUOTES) . '!</h2>';
});

class BadgeController extends Controller
{
    public function show(string $label)
    {
        return json_encode(['label' => $label]);
    }
}
