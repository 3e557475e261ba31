<?php
// Volunteer shift sign-up form of the food bank (plain page).
require __DIR__ . '/inc/bootstrap.php';

$errors = [];
$saved = false;
$is_coordinator = !empty($_SESSION['coordinator']);

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    extract($_POST); // expect: extract-request
    if (empty($name) || empty($shift)) {
        $errors[] = 'Please give your name and pick a shift.';
    } else {
        $stmt = db()->prepare('INSERT INTO signups (name, phone, shift, confirmed) VALUES (?, ?, ?, ?)');
        $stmt->execute([$name, $phone ?? '', $shift, $is_coordinator ? 1 : 0]);
        $saved = true;
    }
}
?>
<!doctype html>
<title>Volunteer sign-up</title>
<?php if ($saved): ?>
  <p>Thank you! See you at your shift.</p>
<?php endif; ?>
<?php foreach ($errors as $error): ?>
  <p class="error"><?= htmlspecialchars($error) ?></p>
<?php endforeach; ?>
<form method="post">
  <input name="name" placeholder="Your name">
  <input name="phone" placeholder="Phone">
  <select name="shift"><option>Saturday morning</option><option>Saturday afternoon</option></select>
  <button>Sign up</button>
</form>
