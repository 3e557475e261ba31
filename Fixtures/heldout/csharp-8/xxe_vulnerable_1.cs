using System.Collections.Generic;
using System.IO;
using System.Xml;
using NetMQ;
using NetMQ.Sockets;

namespace Edi.Gateway
{
    public class OrderIntake
    {
        public IEnumerable<string> ReadSkus(string xml)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() }; // expect: xxe
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.ReadToFollowing("Sku"))
            {
                yield return reader.ReadElementContentAsString();
            }
        }

        public void Serve(string endpoint)
        {
            using var pull = new PullSocket(endpoint);
            while (true)
            {
                foreach (var sku in ReadSkus(pull.ReceiveFrameString()))
                {
                    System.Console.WriteLine(sku);
                }
            }
        }
    }
}
