using System;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OneRoster.Cli.Output
{
    /// <summary>A progress column with records done and, when the provider told it, the total: <c>1,200/3,000</c>.</summary>
    internal sealed class RecordCountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var done = task.Value.ToString("N0", CultureInfo.InvariantCulture);
            return new Text(task.IsIndeterminate ? done : done + "/" + task.MaxValue.ToString("N0", CultureInfo.InvariantCulture));
        }
    }
}
