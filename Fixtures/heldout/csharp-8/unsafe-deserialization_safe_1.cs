using System.Collections.Generic;
using NetMQ;
using NetMQ.Sockets;
using Newtonsoft.Json;

namespace Workflow.Engine
{
    public class StepCommand
    {
        public string StepId { get; set; } = "";
        public string Kind { get; set; } = "";
        public Dictionary<string, string> Args { get; set; } = new Dictionary<string, string>();
    }

    public class CommandServer
    {
        private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.None,
            MaxDepth = 16,
        };

        private readonly IStepRunner _runner;

        public CommandServer(IStepRunner runner)
        {
            _runner = runner;
        }

        public void Serve(string endpoint)
        {
            using var rep = new ResponseSocket(endpoint);
            while (true)
            {
                var body = rep.ReceiveFrameString();
                var commands = JsonConvert.DeserializeObject<List<StepCommand>>(body, Settings);
                foreach (var command in commands ?? new List<StepCommand>())
                {
                    _runner.Run(command.Kind, command.Args);
                }
                rep.SendFrame("ok");
            }
        }
    }

    public interface IStepRunner
    {
        void Run(string kind, IReadOnlyDictionary<string, string> args);
    }
}
