<?php
// register.php — create an account for the tennis club booking system
require __DIR__ . '/inc/db.php';

$errors = [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
    $password = $_POST['password'] ?? '';
    if (!$email || strlen($password) < 8) {
        $errors[] = 'Please enter a valid e-mail and a password of at least 8 characters.';
    } else {
        $stmt = $pdo->prepare('INSERT INTO members (email, password_hash, avatar) VALUES (?, ?, ?)');
        $avatar = 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($email))) . '?d=identicon';
        $stmt->execute([$email, password_hash($password, PASSWORD_DEFAULT), $avatar]);
        header('Location: /login.php?registered=1');
        exit;
    }
}
?>
<form method="post">
    <?php foreach ($errors as $e): ?><p class="error"><?= htmlspecialchars($e) ?></p><?php endforeach; ?>
    <input name="email" type="email"> <input name="password" type="password"> <button>Register</button>
</form>
