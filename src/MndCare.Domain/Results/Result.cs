namespace MndCare.Domain.Results;

/// <summary>Either a value or one or more expected errors.</summary>
/// <typeparam name="T">The type of the value on success.</typeparam>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
        Errors = [];
    }

    private Result(IReadOnlyList<Error> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }
        _value = default;
        Errors = errors;
    }

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <summary>True when there is a value and no error.</summary>
    public bool IsSuccess => Errors is { Count: 0 };

    /// <summary>The value; throws when the result is a failure (a bug in the caller).</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("The result is a failure: " + Errors[0].Code);

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    public static Result<T> Success(T value) => new(value);

    /// <summary>A failed result.</summary>
    /// <param name="errors">At least one error.</param>
    public static Result<T> Failure(IReadOnlyList<Error> errors) => new(errors);

    /// <summary>A failed result with one error.</summary>
    /// <param name="error">The error.</param>
    public static Result<T> Failure(Error error) => new([error]);

    /// <summary>Lifts a value into a successful result.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Result<T>(T value) => new(value);

    /// <summary>Lifts an error into a failed result.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result<T>(Error error) => new([error]);
}
