// Loaded by directives.ipynb with #load, relative to the notebook.
#r "../lib/FixtureLib.dll"

string Greet(string name) => $"Hello, {name}! ({FixtureLib.FixtureInfo.Greeting})";
