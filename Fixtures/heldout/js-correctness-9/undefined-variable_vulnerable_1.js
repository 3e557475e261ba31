import { $, argv, echo, fs } from 'zx';

const RELEASE_BRANCH = 'main';

async function currentBranch() {
  return (await $`git rev-parse --abbrev-ref HEAD`).stdout.trim();
}

async function bumpVersion(kind) {
  const pkg = JSON.parse(await fs.readFile('package.json', 'utf8'));
  const [major, minor, patch] = pkg.version.split('.').map(Number);
  const next = kind === 'major' ? `${major + 1}.0.0` : kind === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  pkg.version = next;
  await fs.writeFile('package.json', JSON.stringify(pkg, null, 2) + '\n');
  return next;
}

const branch = await currentBranch();
if (branch !== RELEASE_BRANCH) {
  echo(chalk.red(`refusing to release from ${branch}`)); // expect: undefined-variable
  process.exit(1);
}

const version = await bumpVersion(argv.kind ?? 'patch');
await $`git commit -am ${'release ' + version}`;
await $`git tag v${version}`;
if (!argv['dry-run']) {
  await $`git push --follow-tags origin ${RELEASE_BRANCH}`;
}
echo(`released v${version} at ${new Date().toISOString()} by ${os.userInfo().username}`); // expect: undefined-variable
