using System.Collections.Generic;
using NetMQ;
using NetMQ.Sockets;
using Newtonsoft.Json;

namespace Workflow.Engine
{
    public abstract class StepCommand
    {
        public string StepId { get; set; } = "";
        public abstract void Execute(IDictionary<string, object> state);
    }

    public class CommandServer
    {
        private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto, // expect: unsafe-deserialization
        };

        private readonly Dictionary<string, object> _state = new Dictionary<string, object>();

        public void Serve(string endpoint)
        {
            using var rep = new ResponseSocket(endpoint);
            while (true)
            {
                var body = rep.ReceiveFrameString();
                var commands = JsonConvert.DeserializeObject<List<StepCommand>>(body, Settings);
                foreach (var command in commands ?? new List<StepCommand>())
                {
                    command.Execute(_state);
                }
                rep.SendFrame("ok");
            }
        }
    }
}
