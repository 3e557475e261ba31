using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Scada.Gateway;

public sealed class OpenValve { public string Valve { get; set; } = ""; public int Percent { get; set; } }
public sealed class StopPump { public string Pump { get; set; } = ""; }

// Only the two command classes may be named in "$type".
public sealed class KnownCommandsBinder : ISerializationBinder
{
    private static readonly Dictionary<string, Type> Known = new()
    {
        ["OpenValve"] = typeof(OpenValve),
        ["StopPump"] = typeof(StopPump),
    };

    public Type BindToType(string? assemblyName, string typeName) =>
        Known.TryGetValue(typeName, out var t)
            ? t
            : throw new JsonSerializationException($"command type '{typeName}' is not allowed");

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = serializedType.Name;
    }
}

public static class CommandCodec
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        SerializationBinder = new KnownCommandsBinder(),
        MaxDepth = 16,
    };

    private static readonly JsonSerializerSettings Plain = new()
    {
        TypeNameHandling = TypeNameHandling.None,
    };

    public static object? Decode(string body) => JsonConvert.DeserializeObject<object>(body, Settings);

    public static Dictionary<string, string>? DecodeHeaders(string json) =>
        JsonConvert.DeserializeObject<Dictionary<string, string>>(json, Plain);
}
