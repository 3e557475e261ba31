<?php
// gallery.php: front page of the photo club; shows a random selection each visit.
require __DIR__ . '/inc/db.php';

$photos = db()->query('SELECT id, title, thumb FROM photos WHERE featured = 1')->fetchAll(PDO::FETCH_ASSOC);
shuffle($photos);
$photos = array_slice($photos, 0, 12);

$greetings = ['Welcome back!', 'Good light today?', 'New uploads every Sunday.'];
$greeting = $greetings[array_rand($greetings)];

// A/B test of the layout; the bucket is not a secret.
$layout = (mt_rand(0, 99) < 50) ? 'grid' : 'masonry';
?>
<h1><?= htmlspecialchars($greeting) ?></h1>
<div class="<?= $layout ?>">
<?php foreach ($photos as $p): ?>
  <a href="photo.php?id=<?= (int) $p['id'] ?>"><img src="<?= htmlspecialchars($p['thumb']) ?>" alt="<?= htmlspecialchars($p['title']) ?>"></a>
<?php endforeach; ?>
</div>
