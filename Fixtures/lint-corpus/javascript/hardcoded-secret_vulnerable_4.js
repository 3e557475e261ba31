const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const { Octokit } = require('@octokit/rest');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIA1DHODZDOC9IS0J8H', // expect: hardcoded-secret
    secretAccessKey: 'NxnyVmihA+2O76UMFxFkM+R5Kjp1vRt/1fjORS+6', // expect: hardcoded-secret
  },
});

const GITHUB_TOKEN = 'ghp_e1f8rESQedUStPKR0CsTy4Qwb8DwkNhFdnXs'; // expect: hardcoded-secret
const octokit = new Octokit({ auth: GITHUB_TOKEN });

async function publishRelease(tag, body) {
  await s3.send(new PutObjectCommand({ Bucket: 'releases', Key: `${tag}.md`, Body: body }));
  return octokit.repos.createRelease({ owner: 'acme', repo: 'app', tag_name: tag, body });
}

module.exports = { publishRelease };
