using CliWrap;

namespace Media
{
    public class Thumbnailer
    {
        // No shell: each value is one argument.
        public Task MakeAsync(string input, int size)
        {
            return Cli.Wrap("convert")
                .WithArguments(new[] { input, "-resize", $"{size}x{size}", "thumb.png" })
                .ExecuteAsync();
        }
    }
}
