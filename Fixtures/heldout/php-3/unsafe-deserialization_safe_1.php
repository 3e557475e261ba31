<?php
// wizard.php — multi-step signup; the state lives in the session, not in the form
session_start();
$state = $_SESSION['wizard'] ?? ['step' => 1, 'data' => []];
if (isset($_POST['next'])) {
    $state['data'] = array_merge($state['data'], array_intersect_key($_POST, array_flip(['name', 'email', 'plan'])));
    $state['step'] = min(3, $state['step'] + 1);
}
$_SESSION['wizard'] = $state;
$cache = __DIR__ . '/cache/plans.ser';
$plans = is_file($cache) ? unserialize(file_get_contents($cache), ['allowed_classes' => false]) : ['basic', 'pro'];
?>
<form method="post">
    <p>Step <?= (int) $state['step'] ?> of 3</p>
    <?php if ($state['step'] === 3): ?>
        <select name="plan">
            <?php foreach ($plans as $plan): ?><option><?= htmlspecialchars($plan) ?></option><?php endforeach; ?>
        </select>
    <?php endif; ?>
    <button name="next" value="1">Next</button>
</form>
