using System;
using System.IO;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;
using NetMQ;
using NetMQ.Sockets;

namespace Thumbs.Worker
{
    public static class Program
    {
        private const string InputRoot = "/var/uploads";
        private const string OutputRoot = "/var/thumbs";

        private static string? Inside(string root, string relative)
        {
            var full = Path.GetFullPath(Path.Combine(root, relative));
            return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
        }

        public static void Main()
        {
            using var pull = new PullSocket("@tcp://*:5557");
            while (true)
            {
                var msg = pull.ReceiveMultipartMessage();
                var source = Inside(InputRoot, msg[0].ConvertToString());
                var target = Inside(OutputRoot, msg[1].ConvertToString());
                if (source is null || target is null)
                {
                    Console.Error.WriteLine("rejected thumbnail job outside the media folders");
                    continue;
                }
                using var image = Image.Load(source);
                image.Mutate(x => x.Resize(200, 0));
                image.Save(target);
            }
        }
    }
}
