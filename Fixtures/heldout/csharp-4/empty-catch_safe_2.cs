using System.IO.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Scale.Service;

public sealed class ScaleReader : BackgroundService
{
    private readonly ILogger<ScaleReader> _log;
    private readonly IWeightSink _sink;
    private int _timeouts;

    public ScaleReader(ILogger<ScaleReader> log, IWeightSink sink)
    {
        _log = log;
        _sink = sink;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var port = new SerialPort("COM3", 9600) { ReadTimeout = 2000, NewLine = "\r\n" };
        port.Open();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var line = port.ReadLine();
                if (decimal.TryParse(line.Trim().TrimEnd('k', 'g'), out var kg))
                    await _sink.WriteAsync(kg, stoppingToken);
            }
            catch (TimeoutException)
            {
                _timeouts++; // the scale is idle; report the count every so often
                if (_timeouts % 100 == 0)
                    _log.LogDebug("{Count} read timeouts so far", _timeouts);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (IOException ex)
            {
                _log.LogError(ex, "serial read failed; reopening in 5 s");
                await Task.Delay(5000, stoppingToken);
            }
        }
    }
}
