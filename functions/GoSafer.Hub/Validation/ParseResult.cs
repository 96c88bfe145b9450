namespace GoSafer.Hub.Validation;

/// <summary>Either a valid, normalised value or every field error found.</summary>
public sealed record ParseResult<T>(T? Value, FieldErrors Errors) where T : class
{
    public bool IsValid => Value is not null && !Errors.Any;
}
