<?php
// wizard.php — multi-step signup; the state travels in a hidden field between steps
session_start();
$state = ['step' => 1, 'data' => []];
if (isset($_POST['state'])) {
    $state = unserialize(base64_decode($_POST['state'])); // expect: unsafe-deserialization
}
if (isset($_POST['next'])) {
    $state['data'] = array_merge($state['data'], array_intersect_key($_POST, array_flip(['name', 'email', 'plan'])));
    $state['step']++;
}
$encoded = base64_encode(serialize($state));
?>
<form method="post">
    <input type="hidden" name="state" value="<?= htmlspecialchars($encoded) ?>">
    <p>Step <?= (int) $state['step'] ?> of 3</p>
    <?php if ($state['step'] === 1): ?>
        <input name="name" placeholder="Your name">
    <?php elseif ($state['step'] === 2): ?>
        <input name="email" type="email" placeholder="E-mail">
    <?php else: ?>
        <select name="plan"><option>basic</option><option>pro</option></select>
    <?php endif; ?>
    <button name="next" value="1">Next</button>
</form>
