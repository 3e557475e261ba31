using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Octokit;
using Octokit.Internal;

namespace ReleaseNotes
{
    public static class GitHubEnterprise
    {
        public static GitHubClient Create(Uri server, string token, X509Certificate2 corporateRoot)
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                {
                    if (errors == SslPolicyErrors.None)
                    {
                        return true;
                    }
                    if (cert is null || chain is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
                    {
                        return false;
                    }
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(corporateRoot);
                    return chain.Build(cert);
                },
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
