// Serverless (AWS Lambda) handler that builds a preview of a repository's README.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { execSync, spawn } from 'child_process';
import { mkdtempSync } from 'fs';
import { join } from 'path';

function cloneShallow(repoUrl: string, branch: string): string {
  const dir = mkdtempSync('/tmp/preview-');
  execSync(`git clone --depth 1 --branch ${branch} ${repoUrl} ${dir}`, { stdio: 'ignore' }); // expect: command-injection
  return dir;
}

function renderMarkdown(file: string, theme: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(`marked --gfm ${file} | themer --theme=${theme}`, { shell: true }); // expect: command-injection
    let html = '';
    child.stdout.on('data', (chunk: Buffer) => {
      html = html.concat(chunk.toString());
    });
    child.on('close', (code) => (code === 0 ? resolve(html) : reject(new Error(`exit ${code}`))));
  });
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const body = JSON.parse(event.body ?? '{}');
  const dir = cloneShallow(body.repo, body.branch ?? 'main');
  const readme = join(dir, 'README.md');
  const html = await renderMarkdown(readme, event.queryStringParameters?.theme ?? 'light');
  return { statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: html };
};
