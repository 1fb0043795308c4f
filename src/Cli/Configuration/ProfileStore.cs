using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli.Configuration
{
    /// <summary>
    /// The profiles file: <c>ONEROSTER_CONFIG_FILE</c> when set, else <c>oneroster/profiles.json</c> in the user's
    /// configuration directory (<c>~/.config</c> on Linux and macOS, <c>%APPDATA%</c> on Windows). Secrets are stored
    /// in it as given, so on Unix it is created readable by its owner only.
    /// </summary>
    internal sealed class ProfileStore
    {
        /// <summary>The variable that moves the profiles file elsewhere.</summary>
        public const string FileVariable = "ONEROSTER_CONFIG_FILE";

        /// <summary>The profile used when neither <c>--profile</c> nor <c>ONEROSTER_*</c> variables say otherwise.</summary>
        public const string DefaultProfile = "default";

        private readonly string _path;

        public ProfileStore(string path) => _path = path;

        public string Path => _path;

        public static string DefaultPath(Func<string, string?> environment)
        {
            if (environment(FileVariable) is { Length: > 0 } file)
            {
                return file;
            }
            var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.ApplicationData, System.Environment.SpecialFolderOption.DoNotVerify);
            return System.IO.Path.Combine(home, "oneroster", "profiles.json");
        }

        public SortedDictionary<string, Profile> Load()
        {
            if (!File.Exists(_path))
            {
                return new SortedDictionary<string, Profile>(StringComparer.Ordinal);
            }
            try
            {
                var file = JsonConvert.DeserializeObject<ProfilesFile>(File.ReadAllText(_path));
                return new SortedDictionary<string, Profile>(file?.Profiles ?? new Dictionary<string, Profile>(), StringComparer.Ordinal);
            }
            catch (JsonException ex)
            {
                throw new CliException(ExitCodes.Usage, "configuration", $"The profiles file {_path} is not valid JSON: {ex.Message}");
            }
        }

        public Profile? Find(string name) => Load().TryGetValue(name, out var profile) ? profile : null;

        public void Save(SortedDictionary<string, Profile> profiles)
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_path))!;
            Directory.CreateDirectory(directory);
            var text = JsonConvert.SerializeObject(new ProfilesFile { Profiles = new Dictionary<string, Profile>(profiles) }, Formatting.Indented);
            // Written beside the target and moved over it, so a crash never leaves half a file of secrets.
            var staging = _path + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var writer = new StreamWriter(staging, System.Text.Encoding.UTF8, options))
            {
                writer.Write(text);
            }
            File.Move(staging, _path, overwrite: true);
        }

        private sealed class ProfilesFile
        {
            [JsonProperty("profiles")]
            public Dictionary<string, Profile>? Profiles { get; set; }
        }
    }
}
