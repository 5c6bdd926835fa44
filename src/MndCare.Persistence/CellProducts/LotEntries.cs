using MndCare.Domain.CellProducts;

namespace MndCare.Persistence.CellProducts;

/// <summary>Adds lots so that the database can hold their numbers unique per clinic.</summary>
public static class LotEntries
{
    /// <summary>The shadow property that shares the lot number's column, for the unique (clinic, lot number) index.</summary>
    internal const string LotNumberProperty = "LotNumber";

    /// <summary>Adds a new lot to the context, with the lot number its unique index needs.</summary>
    public static void AddLot(this MndCareDbContext db, Lot lot)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(lot);
        db.Lots.Add(lot);
        db.Entry(lot).Property(LotNumberProperty).CurrentValue = lot.Details.LotNumber;
    }
}
