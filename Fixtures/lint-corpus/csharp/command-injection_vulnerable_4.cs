using CliWrap;

namespace Media
{
    public class Thumbnailer
    {
        // A shell given a command line pasted together from a file name.
        public Task MakeAsync(string input, int size)
        {
            return Cli.Wrap("/bin/bash")
                .WithArguments($"-c \"convert '{input}' -resize {size}x{size} thumb.png\"") // expect: command-injection
                .ExecuteAsync();
        }
    }
}
