<?php
session_start();
require __DIR__ . '/lib/db.php';

$is_admin = !empty($_SESSION['admin']);
$errors = [];

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    extract($_POST); // expect: extract-request
    if (empty($title) || empty($starts_at)) {
        $errors[] = 'Title and start time are required.';
    }
    if (!$errors) {
        $stmt = db()->prepare('INSERT INTO events (title, starts_at, public) VALUES (?, ?, ?)');
        $stmt->execute([$title, $starts_at, $is_admin ? 1 : 0]);
        header('Location: /events.php');
        exit;
    }
}
?>
<!doctype html>
<html>
<body>
<h1>New event</h1>
<?php foreach ($errors as $error): ?>
  <p class="error"><?= htmlspecialchars($error, ENT_QUOTES, 'UTF-8') ?></p>
<?php endforeach; ?>
<form method="post">
  <input name="title">
  <input name="starts_at" type="datetime-local">
  <button>Save</button>
</form>
</body>
</html>
