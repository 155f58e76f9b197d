using GrpcTutorial.Labs;

namespace Lab12;

/// <summary>Runs the lab's checks once against the code in starter/ (or solution/); every step's test reads the report.</summary>
public sealed class LabRun
{
    public Task<LabReport> Report { get; } = LabReportFile.SaveAsync(GrpcWireLab.CheckAsync(new MyGrpcWire()));
}
