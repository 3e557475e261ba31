<?php
require __DIR__ . '/inc/bootstrap.php';

$can_publish = current_user_can_publish();
$title = trim((string) ($_POST['title'] ?? ''));
$body = (string) ($_POST['body'] ?? '');

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    save_draft($title, $body, $can_publish);
}

$view = ['heading' => 'New draft', 'maxLength' => 5000];
extract($view, EXTR_SKIP);
?>
<h1><?= htmlspecialchars($heading, ENT_QUOTES) ?></h1>
<form method="post">
    <input name="title" value="<?= htmlspecialchars($title, ENT_QUOTES) ?>">
    <textarea name="body" maxlength="<?= (int) $maxLength ?>"><?= htmlspecialchars($body, ENT_QUOTES) ?></textarea>
    <button>Save</button>
</form>
