using MndCare.Domain.Auditing;

namespace MndCare.Domain.Tests.Auditing;

// Security test plan AU-06: a two-character reason is refused; five text elements in either language are enough.
public sealed class ReasonForChangeTests
{
    [Theory]
    [InlineData("ok", true)]
    [InlineData("笔误", true)]
    [InlineData("typo", true)]
    [InlineData("typo.", false)]
    [InlineData("录入错误。", false)]
    [InlineData("The start date moved by one week.", false)]
    public void TooShort_BelowFiveTextElements(string reason, bool refused)
    {
        var error = ReasonForChange.TooShort(reason, "correctionReason");

        Assert.Equal(refused, error is not null);
        if (error is not null)
        {
            Assert.Equal(("correctionReason", "tooShort"), (error.Field, error.Code));
        }
    }
}
