using System;
using System.Collections.Generic;
using System.IO;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;

namespace Reports.Lambda;

public class ScratchFunction
{
    private const string Scratch = "/tmp/reports";

    public APIGatewayProxyResponse Save(APIGatewayProxyRequest request, ILambdaContext context)
    {
        var name = request.QueryStringParameters?["name"] ?? "report.csv";
        Directory.CreateDirectory(Scratch);
        File.WriteAllText(Scratch + "/" + name, request.Body ?? ""); // expect: path-traversal
        return new APIGatewayProxyResponse { StatusCode = 201 };
    }

    public APIGatewayProxyResponse Load(APIGatewayProxyRequest request, ILambdaContext context)
    {
        var name = request.PathParameters["name"];
        using var stream = File.OpenRead(Path.Combine(Scratch, name)); // expect: path-traversal
        using var reader = new StreamReader(stream);
        return new APIGatewayProxyResponse
        {
            StatusCode = 200,
            Body = reader.ReadToEnd(),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
        };
    }
}
