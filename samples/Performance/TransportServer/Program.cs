using Performance.Core.Transport;

// Usage: Performance.TransportServer [port]   (default 5199; listens on 127.0.0.1 only)
var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5199;
var app = TransportApp.Create(port);
await app.StartAsync();
Console.WriteLine($"Listening on http://127.0.0.1:{port} (HTTP/2 prior knowledge): gRPC UserService and REST /api/users");
await app.WaitForShutdownAsync();
