using Grpc.Core;

namespace Catalog.Services;

public sealed class ProductQueryService : ProductQuery.ProductQueryBase
{
    private readonly IProductRepository _repo;

    public ProductQueryService(IProductRepository repo) => _repo = repo;

    public override async Task<ProductPage> List(ListRequest request, ServerCallContext context)
    {
        int pageSize = request.PageSize <= 0 ? 25 : Math.Min(request.PageSize, 200);

        string? header = context.RequestHeaders.GetValue("x-tenant");
        Guid? tenantId = Guid.TryParse(header, out var t) ? t : null;
        if (tenantId == null || tenantId == Guid.Empty)
            throw new RpcException(new Status(StatusCode.PermissionDenied, "tenant required"));

        var items = await _repo.PageAsync(tenantId.Value, request.PageToken, pageSize, context.CancellationToken);
        var page = new ProductPage { NextPageToken = items.NextToken ?? "" };
        page.Items.AddRange(items.Rows);
        return page;
    }
}
