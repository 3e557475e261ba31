using Grpc.Core;

namespace Catalog.Services;

public sealed class ProductQueryService : ProductQuery.ProductQueryBase
{
    private readonly IProductRepository _repo;

    public ProductQueryService(IProductRepository repo) => _repo = repo;

    public override async Task<ProductPage> List(ListRequest request, ServerCallContext context)
    {
        int pageSize = request.PageSize;
        if (pageSize == null || pageSize <= 0) // expect: value-type-null-comparison
            pageSize = 25;

        Guid tenantId = Guid.TryParse(context.RequestHeaders.GetValue("x-tenant"), out var t) ? t : Guid.Empty;
        if (tenantId == null) // expect: value-type-null-comparison
            throw new RpcException(new Status(StatusCode.PermissionDenied, "tenant required"));

        var items = await _repo.PageAsync(tenantId, request.PageToken, pageSize, context.CancellationToken);
        var page = new ProductPage { NextPageToken = items.NextToken ?? "" };
        page.Items.AddRange(items.Rows);
        return page;
    }
}
