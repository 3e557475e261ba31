namespace Cli
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length < 1)
            {
                Console.Error.WriteLine("usage: wc <file>");
                return 2;
            }
            var text = File.ReadAllText(args[0]);
            var lines = text.Split('\n');
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var chars = text.Length; // expect: unused-variable
            Console.WriteLine($"{lines.Length} lines, {words} words");
            return 0;
        }
    }
}
