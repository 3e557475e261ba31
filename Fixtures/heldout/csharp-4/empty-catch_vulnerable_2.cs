using System.IO.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Scale.Service;

// Windows service reading weights from a serial platform scale.
public sealed class ScaleReader : BackgroundService
{
    private readonly ILogger<ScaleReader> _log;
    private readonly IWeightSink _sink;

    public ScaleReader(ILogger<ScaleReader> log, IWeightSink sink)
    {
        _log = log;
        _sink = sink;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var port = new SerialPort("COM3", 9600) { ReadTimeout = 2000, NewLine = "\r\n" };
        port.Open();
        _log.LogInformation("scale connected on {Port}", port.PortName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var line = port.ReadLine();
                if (decimal.TryParse(line.Trim().TrimEnd('k', 'g'), out var kg))
                    await _sink.WriteAsync(kg, stoppingToken);
            }
            catch (TimeoutException) { } // expect: empty-catch
            catch // expect: empty-catch
            {
            }
        }
    }
}
