using Microsoft.Extensions.Logging;
using Microsoft.Maui.ApplicationModel;
using Microsoft.Maui.Devices.Sensors;

namespace FieldApp.Services;

public sealed class VisitRecorder
{
    private readonly IVisitStore _store;
    private readonly ILogger<VisitRecorder> _log;

    public VisitRecorder(IVisitStore store, ILogger<VisitRecorder> log)
    {
        _store = store;
        _log = log;
    }

    public async Task<Visit> CheckInAsync(string siteId)
    {
        var visit = new Visit { SiteId = siteId, At = DateTimeOffset.Now };
        try
        {
            var location = await Geolocation.Default.GetLocationAsync(
                new GeolocationRequest(GeolocationAccuracy.Medium, TimeSpan.FromSeconds(10)));
            if (location is not null)
            {
                visit.Latitude = location.Latitude;
                visit.Longitude = location.Longitude;
            }
        }
        catch (FeatureNotSupportedException ex)
        {
            visit.LocationNote = "No GPS on this device";
            _log.LogInformation(ex, "Check-in without location");
        }

        if (HapticFeedback.Default.IsSupported)
        {
            HapticFeedback.Default.Perform(HapticFeedbackType.Click);
        }

        await _store.SaveAsync(visit);
        return visit;
    }
}
