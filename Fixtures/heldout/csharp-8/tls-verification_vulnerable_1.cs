using System;
using System.Net.Http;
using System.Threading.Tasks;
using Octokit;
using Octokit.Internal;

namespace ReleaseNotes
{
    public static class GitHubEnterprise
    {
        public static GitHubClient Create(Uri server, string token)
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // expect: tls-verification
            };
            var connection = new Connection(
                new ProductHeaderValue("release-notes"),
                server,
                new InMemoryCredentialStore(new Credentials(token)),
                new HttpClientAdapter(() => handler),
                new SimpleJsonSerializer());
            return new GitHubClient(connection);
        }

        public static async Task<int> CountOpenIssuesAsync(GitHubClient client, string owner, string repo)
        {
            var issues = await client.Issue.GetAllForRepository(owner, repo);
            return issues.Count;
        }
    }
}
