using System.IO;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;
using NetMQ;
using NetMQ.Sockets;

namespace Thumbs.Worker
{
    public static class Program
    {
        private const string OutputRoot = "/var/thumbs";

        public static void Main()
        {
            using var pull = new PullSocket("@tcp://*:5557");
            while (true)
            {
                var msg = pull.ReceiveMultipartMessage();
                var source = msg[0].ConvertToString();
                var target = Path.Combine(OutputRoot, msg[1].ConvertToString());
                using var image = Image.Load(source); // expect: path-traversal
                image.Mutate(x => x.Resize(200, 0));
                image.Save(target); // expect: path-traversal
            }
        }
    }
}
