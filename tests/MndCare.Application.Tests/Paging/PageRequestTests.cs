using MndCare.Application.Paging;
using MndCare.Domain.Results;

namespace MndCare.Application.Tests.Paging;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData(2, null, 2, 20)]
    [InlineData(PageRequest.MaxPage, PageRequest.MaxPageSize, PageRequest.MaxPage, PageRequest.MaxPageSize)]
    public void Create_InRange_IsThatPage(int? page, int? size, int expectedPage, int expectedSize)
    {
        var request = PageRequest.Create(page, size, 20).Value;

        Assert.Equal((expectedPage, expectedSize), (request.Page, request.Size));
        Assert.Equal((expectedPage - 1L) * expectedSize, request.Skip);
    }

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(-1, null, "page")]
    [InlineData(int.MaxValue, null, "page")]
    [InlineData(PageRequest.MaxPage + 1, null, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, PageRequest.MaxPageSize + 1, "pageSize")]
    public void Create_OutOfRange_NamesTheField(int? page, int? size, string field)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(PageRequest.Create(page, size, 20).Errors));

        Assert.Equal((field, "outOfRange"), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(-3, 1)]
    [InlineData(7, 7)]
    [InlineData(int.MaxValue, PageRequest.MaxPage)]
    public void Clamp_ShowsTheNearestPage(int? page, int expected) =>
        Assert.Equal(expected, PageRequest.Clamp(page, 50).Page);

    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(int.MaxValue, 1, int.MaxValue)]
    public void LastPage_CountsPartialPages(int total, int size, int expected) =>
        Assert.Equal(expected, new Paged<int>([], 1, size, total).LastPage);
}
