namespace GoSafer.Hub.Review;

/// <summary>The orders of a review queue (<c>sort</c> query parameter), by submission date.</summary>
public static class QueueSorts
{
    public const string Oldest = "oldest";
    public const string Newest = "newest";
}
