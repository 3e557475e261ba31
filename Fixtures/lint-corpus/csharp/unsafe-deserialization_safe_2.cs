using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Jobs.Queue;

// Only the job types of this assembly may be named by `$type`.
public sealed class JobTypesBinder : ISerializationBinder
{
    private static readonly Dictionary<string, Type> Known = new()
    {
        ["resize"] = typeof(ResizeJob),
        ["email"] = typeof(EmailJob),
    };

    public Type BindToType(string? assemblyName, string typeName) =>
        Known.TryGetValue(typeName, out var t) ? t : throw new JsonSerializationException($"unknown job '{typeName}'");

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = Known.First(kv => kv.Value == serializedType).Key;
    }
}

public static class JobCodec
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new JobTypesBinder(),
    };

    public static object? Decode(string json) => JsonConvert.DeserializeObject<object>(json, Settings);
}

public record ResizeJob(string Image, int Width);
public record EmailJob(string To, string Template);
