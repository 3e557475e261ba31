<?php
// forgot-password.php — e-mail a reset link
require __DIR__ . '/inc/db.php';
require __DIR__ . '/inc/mailer.php';

$tips = ['Use a passphrase.', 'Never reuse passwords.', 'Turn on two-factor login.'];

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('SELECT id, email FROM users WHERE email = ?');
    $stmt->execute([$_POST['email'] ?? '']);
    if ($user = $stmt->fetch(PDO::FETCH_ASSOC)) {
        $token = bin2hex(random_bytes(32));
        $pdo->prepare('INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (?, ?, NOW() + INTERVAL 1 HOUR)')
            ->execute([$user['id'], hash('sha256', $token)]);
        send_mail($user['email'], 'Reset your password', "https://example.org/reset.php?token=$token");
    }
    echo '<p>If the address exists, a link is on its way.</p>';
    echo '<p class="tip">' . htmlspecialchars($tips[array_rand($tips)]) . '</p>';
}
