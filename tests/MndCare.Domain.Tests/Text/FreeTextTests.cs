using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Tests.Text;

// Security test plan D4: names and other text.
public sealed class FreeTextTests
{
    [Fact]
    public void Required_DecomposedAccent_IsNormalizedToNfc() =>
        Assert.Equal("Jos\u00e9", FreeText.Required("Jose\u0301", "name", 50).Value);

    [Fact]
    public void Required_SurroundingSpace_IsTrimmed() => Assert.Equal("王芳", FreeText.Required("  王芳 ", "name", 50).Value);

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u202Eb")]
    [InlineData("a\u2066b")]
    [InlineData("a\u200Bb")]
    [InlineData("a\nb")]
    [InlineData("a\u001Bb")]
    public void Required_ControlOrDirectionOverride_IsInvalidCharacters(string value)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(FreeText.Required(value, "name", 50).Errors));

        Assert.Equal("invalidCharacters", error.Code);
        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Required_LoneSurrogate_IsInvalidCharacters()
    {
        // Built at run time: a lone surrogate does not survive as an attribute argument.
        var value = "a" + (char)0xD800 + "b";

        Assert.Equal("invalidCharacters", FreeText.Required(value, "name", 50).Errors[0].Code);
    }

    [Fact]
    public void Required_LineBreakInMultilineText_IsAccepted() => Assert.True(FreeText.Required("a\nb", "note", 50, multiline: true).IsSuccess);

    [Fact]
    public void Required_RightToLeftName_IsKept() => Assert.Equal("مريم 2", FreeText.Required("مريم 2", "name", 50).Value);

    [Fact]
    public void Required_LengthIsCountedInTextElements()
    {
        var fourEmoji = string.Concat(Enumerable.Repeat("👩‍⚕️", 4));

        Assert.True(FreeText.Required(fourEmoji, "name", 4).IsSuccess);
        Assert.Equal("tooLong", FreeText.Required(fourEmoji + "x", "name", 4).Errors[0].Code);
    }

    [Fact]
    public void Optional_Blank_IsNull() => Assert.Null(FreeText.Optional("   ", "name", 10).Value);
}
