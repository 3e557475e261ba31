<?php
require __DIR__ . '/inc/bootstrap.php';

$can_publish = current_user_can_publish();
$title = '';
$body = '';
extract($_REQUEST); // expect: extract-request

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    save_draft($title, $body, (bool) $can_publish);
}

Flight::route('POST /api/drafts', function () {
    $tags = [];
    extract(Flight::request()->data->getData()); // expect: extract-request
    Flight::json(['tags' => array_values((array) $tags)]);
});
?>
<form method="post">
    <input name="title" value="<?= htmlspecialchars($title, ENT_QUOTES) ?>">
    <textarea name="body"><?= htmlspecialchars($body, ENT_QUOTES) ?></textarea>
    <button>Save</button>
</form>
