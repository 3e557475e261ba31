using System;
using System.CommandLine;
using System.IO;

namespace Gateway.Admin;

public static class Program
{
    private static string NewSecret(int bytes)
    {
        var buf = new byte[bytes];
        Random.Shared.NextBytes(buf); // expect: insecure-random
        return Convert.ToBase64String(buf).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static int Main(string[] args)
    {
        var client = new Argument<string>("client", "client id to create a secret for");
        var length = new Option<int>("--bytes", () => 32, "secret length in bytes");
        var root = new RootCommand("Create a client secret for the API gateway") { client, length };
        root.SetHandler((string id, int bytes) =>
        {
            var secret = NewSecret(bytes);
            File.AppendAllText("/etc/gateway/clients.txt", $"{id}:{secret}{Environment.NewLine}");
            Console.WriteLine($"secret for {id}: {secret}");
        }, client, length);
        return root.Invoke(args);
    }
}
