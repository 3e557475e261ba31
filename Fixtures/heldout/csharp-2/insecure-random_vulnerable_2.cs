using System;
using System.Text;

namespace SchoolAdmin
{
    internal static class Program
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

        // Creates student accounts from a class list and prints their first-login passwords.
        private static void Main(string[] args)
        {
            var rng = new Random(Environment.TickCount);
            foreach (var line in System.IO.File.ReadLines(args[0]))
            {
                var student = line.Trim();
                if (student.Length == 0)
                    continue;
                var password = new StringBuilder();
                for (var i = 0; i < 10; i++)
                    password.Append(Alphabet[rng.Next(Alphabet.Length)]); // expect: insecure-random
                var pin = rng.Next(0, 10000).ToString("D4"); // expect: insecure-random
                Console.WriteLine($"{student};{password};{pin}");
            }
        }
    }
}
