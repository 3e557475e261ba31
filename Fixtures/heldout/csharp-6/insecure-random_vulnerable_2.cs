using System;
using System.CommandLine;

namespace KeyTool;

public static class Program
{
    private static readonly char[] Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".ToCharArray();

    public static int Main(string[] args)
    {
        var length = new Option<int>("--length", () => 32, "Key length");
        var root = new RootCommand("Issues partner API keys and reset tokens");
        root.AddOption(length);
        root.SetHandler((int len) =>
        {
            var key = new string(Random.Shared.GetItems(Alphabet, len)); // expect: insecure-random
            var rng = new Random(Environment.TickCount);
            var resetToken = rng.NextInt64().ToString("x16"); // expect: insecure-random
            Console.WriteLine($"api key:     {key}");
            Console.WriteLine($"reset token: {resetToken}");
        }, length);
        return root.Invoke(args);
    }
}
