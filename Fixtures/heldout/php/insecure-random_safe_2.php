<?php
// banner.php - picks a header image and a "tip of the day" for the intranet home page
$banners = glob(__DIR__ . '/img/banners/*.jpg') ?: [];
$tips = [
    'Lock your screen when you leave your desk.',
    'The canteen closes at 14:30 on Fridays.',
    'Expense reports are due on the 5th.',
    'Book meeting rooms through the calendar, not by e-mail.',
];

$banner = $banners ? basename($banners[array_rand($banners)]) : 'default.jpg';
mt_srand((int)date('Ymd'));
$tip = $tips[mt_rand(0, count($tips) - 1)];
$hue = rand(0, 359);
shuffle($tips);
?>
<header style="background-image: url('/img/banners/<?= htmlspecialchars($banner) ?>'); border-color: hsl(<?= $hue ?>, 60%, 40%)">
    <p class="tip"><?= htmlspecialchars($tip) ?></p>
</header>
<ul class="more-tips">
<?php foreach (array_slice($tips, 0, 2) as $t): ?>
    <li><?= htmlspecialchars($t) ?></li>
<?php endforeach; ?>
</ul>
