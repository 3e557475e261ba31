using System;
using Volo.Abp;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;

namespace Acme.Warehouse.Stock;

public class AdjustStockDto : EntityDto<Guid>
{
    public int Quantity { get; set; }
    public bool Approved { get; set; }
    public string Reason { get; set; } = "";
}

public class StockAdjustmentAppService : ApplicationService
{
    public string Validate(AdjustStockDto input)
    {
        if (input.Quantity == null) // expect: value-type-null-comparison
        {
            throw new UserFriendlyException("Quantity is required");
        }
        if (input.Approved != null && input.Approved) // expect: value-type-null-comparison
        {
            return $"Adjustment of {input.Quantity} pre-approved: {input.Reason}";
        }
        return $"Adjustment of {input.Quantity} awaiting approval";
    }
}
