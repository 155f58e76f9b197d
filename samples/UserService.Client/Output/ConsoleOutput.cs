using UserService.Contracts;

namespace UserService.Client.Output;

/// <summary>
/// Everything the client prints on standard output. Errors go to standard error through <see cref="StatusReporter"/>.
/// Text that comes from the server is printed with its control characters escaped (<see cref="ConsoleText.Escape"/>),
/// so a stored name cannot move the cursor, change colours or fake extra lines in the terminal.
/// </summary>
internal static class ConsoleOutput
{
    /// <summary>Prints one user, e.g. <c>User 1: Ada Lovelace &lt;ada@example.com&gt;, age 36</c>.</summary>
    public static void WriteUser(User user) =>
        Console.WriteLine($"User {user.Id}: {ConsoleText.Escape(user.Name)} <{ConsoleText.Escape(user.Email)}>, age {user.Age}");

    /// <summary>Prints the number of users a list call received.</summary>
    public static void WriteListedCount(int count) =>
        Console.WriteLine($"{count} {Users(count)} listed.");

    /// <summary>Prints one user that was just sent on a CreateUsers stream.</summary>
    public static void WriteSent(User user) =>
        Console.WriteLine($"Sent: {ConsoleText.Escape(user.Name)} <{ConsoleText.Escape(user.Email)}>, age {user.Age}");

    /// <summary>Prints the <c>created_count</c> of a CreateUsers response.</summary>
    public static void WriteCreatedCount(int count) =>
        Console.WriteLine($"Created {count} {Users(count)}.");

    /// <summary>
    /// Prints the answer to a repeated run that the server answered from an earlier, cut-short run under
    /// the same key: it had stored only the first <paramref name="count"/> of the <paramref name="sent"/> users.
    /// </summary>
    public static void WriteCreatedCountOfEarlierRun(int count, int sent) =>
        Console.WriteLine($"Created {count} {Users(count)}: an earlier run with this idempotency key was cut short after the first {count} of these {sent}; create the others from a file without those {count} and a new key.");

    /// <summary>Prints one chat message received from the server, e.g. <c>[alice] hello</c>.</summary>
    public static void WriteChatMessage(ChatMessage message) =>
        Console.WriteLine($"[{ConsoleText.Escape(message.User)}] {ConsoleText.Escape(message.Text)}");

    private static string Users(int count) => count == 1 ? "user" : "users";
}
