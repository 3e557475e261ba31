using System;
using System.Collections.Generic;
using System.IO;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;

namespace Reports.Lambda;

public class ScratchFunction
{
    private static readonly string Scratch = Path.GetFullPath("/tmp/reports");

    private static string? Resolve(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(Scratch, name));
        return full.StartsWith(Scratch + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public APIGatewayProxyResponse Save(APIGatewayProxyRequest request, ILambdaContext context)
    {
        var path = Resolve(request.QueryStringParameters?["name"]);
        if (path is null)
        {
            return new APIGatewayProxyResponse { StatusCode = 400 };
        }
        Directory.CreateDirectory(Scratch);
        File.WriteAllText(path, request.Body ?? "");
        return new APIGatewayProxyResponse { StatusCode = 201 };
    }

    public APIGatewayProxyResponse Load(APIGatewayProxyRequest request, ILambdaContext context)
    {
        var path = Resolve(request.PathParameters["name"]);
        if (path is null)
        {
            return new APIGatewayProxyResponse { StatusCode = 400 };
        }
        using var reader = new StreamReader(File.OpenRead(path));
        return new APIGatewayProxyResponse
        {
            StatusCode = 200,
            Body = reader.ReadToEnd(),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
        };
    }
}
