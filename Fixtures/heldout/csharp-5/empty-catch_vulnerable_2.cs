using Microsoft.Maui.ApplicationModel;
using Microsoft.Maui.Devices.Sensors;

namespace FieldApp.Services;

public sealed class VisitRecorder
{
    private readonly IVisitStore _store;

    public VisitRecorder(IVisitStore store) => _store = store;

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
        catch (FeatureNotSupportedException) { } // expect: empty-catch

        try
        {
            HapticFeedback.Default.Perform(HapticFeedbackType.Click);
        }
        catch // expect: empty-catch
        {
        }

        await _store.SaveAsync(visit);
        return visit;
    }
}
