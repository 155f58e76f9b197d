// The runner sets process-wide state while a notebook runs (console capture, working directory,
// the formatter's registrations): tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
