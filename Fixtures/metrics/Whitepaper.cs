// Hand-counted C# cases (switch statements and expressions, catch, lambdas, local functions,
// null-conditional operators, accessors). Each `metrics NAME:` comment is checked by MetricsTests.
using System;
using System.Collections.Generic;

namespace Metrics
{
    class Whitepaper
    {
        // metrics Whitepaper.GetWords: cyclomatic=3 cognitive=1 nesting=1 parameters=1 returns=3
        string GetWords(int number)
        {
            switch (number) // +1
            {
                case 1:
                    return "one";
                case 2:
                    return "a couple";
                default:
                    return "lots";
            }
        }

        // metrics Whitepaper.CountPairs: cyclomatic=4 cognitive=6 nesting=3 parameters=2 returns=1
        int CountPairs(int[] xs, int target)
        {
            int count = 0;
            for (int i = 0; i < xs.Length; i++) // +1
            {
                foreach (var y in xs) // +2 (nesting 1)
                {
                    if (xs[i] + y == target) // +3 (nesting 2)
                    {
                        count++;
                    }
                }
            }
            return count;
        }

        // metrics Whitepaper.Read: cyclomatic=3 cognitive=3 nesting=2 parameters=1 returns=2
        string Read(string path)
        {
            try
            {
                return System.IO.File.ReadAllText(path);
            }
            catch (System.IO.IOException) // +1
            {
                if (path.Length > 0) // +2 (nesting 1)
                {
                    Console.WriteLine(path);
                }
            }
            return "";
        }

        // metrics Whitepaper.Size: cyclomatic=4 cognitive=1 nesting=0 parameters=1 returns=1
        int Size(string text)
        {
            return text?.Length ?? 0 + (text == null ? 1 : 0); // ?. ?? (cyclomatic) and the ternary +1
        }

        // metrics Whitepaper.Cached: cyclomatic=2 parameters=0 returns=1
        List<string> Cached()
        {
            _cache ??= new List<string>(); // `??=` branches on null as `??` does: +1
            return _cache;
        }

        // metrics Whitepaper.Describe: cyclomatic=3 cognitive=1 nesting=1 parameters=1 returns=0
        string Describe(object shape) => shape switch // +1; each arm but the discard is a decision
        {
            int n => "number",
            string s => "text",
            _ => "other",
        };
    }
}
