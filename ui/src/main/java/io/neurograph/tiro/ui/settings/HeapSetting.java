package io.neurograph.tiro.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The maximum heap ({@code -Xmx}) of the next start, kept where the launcher reads it: in the jpackage
 * launcher's {@code lib/app/<name>.cfg} ({@code [JavaOptions]} section) when running from the installed app,
 * otherwise in {@code jvm.options} in the config folder, a java argument file used as
 * {@code java @~/.config/tiro/jvm.options -jar tiro.jar}.
 */
final class HeapSetting {
    private static final String SECTION = "[JavaOptions]";
    private static final String CFG_PREFIX = "java-options=";
    private static final Pattern XMX = Pattern.compile("^(?:java-options=)?-Xmx(\\d+)([mMgG])\\s*$");

    private final Path file;
    private final boolean launcherCfg;

    private HeapSetting(Path file, boolean launcherCfg) {
        this.file = file;
        this.launcherCfg = launcherCfg;
    }

    /**
     * @param appPath the jpackage launcher ({@code jpackage.app-path} system property) when running from an
     *                installed app; its cfg is {@code bin/../lib/app/<name>.cfg} on Linux, {@code app/<name>.cfg}
     *                next to the exe on Windows and {@code Contents/app/<name>.cfg} on macOS
     */
    static HeapSetting locate(Optional<String> appPath, Path configDir) {
        if (appPath.isPresent()) {
            Path launcher = Path.of(appPath.get());
            String cfg = launcher.getFileName().toString().replaceFirst("\\.exe$", "") + ".cfg";
            Path dir = launcher.toAbsolutePath().getParent();
            for (Path candidate : List.of(dir.resolveSibling("lib").resolve("app").resolve(cfg),
                    dir.resolve("app").resolve(cfg), dir.resolveSibling("app").resolve(cfg))) {
                if (Files.isRegularFile(candidate)) {
                    return new HeapSetting(candidate, true);
                }
            }
        }
        return new HeapSetting(configDir.resolve("jvm.options"), false);
    }

    Path file() {
        return file;
    }

    /** The heap written before, in MiB, if any. */
    OptionalInt readMiB() throws IOException {
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = XMX.matcher(line.trim());
            if (m.matches()) {
                int value = Integer.parseInt(m.group(1));
                return OptionalInt.of(m.group(2).equalsIgnoreCase("g") ? value * 1024 : value);
            }
        }
        return OptionalInt.empty();
    }

    /** Replaces any {@code -Xmx} with {@code -Xmx<mib>m}, keeping every other line. */
    void writeMiB(int mib) throws IOException {
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                : new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!XMX.matcher(line.trim()).matches()) {
                out.add(line);
            }
        }
        String option = "-Xmx" + mib + "m";
        if (launcherCfg) {
            int section = out.indexOf(SECTION);
            if (section < 0) {
                out.add(SECTION);
                section = out.size() - 1;
            }
            out.add(section + 1, CFG_PREFIX + option);
        } else {
            out.add(option);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        Files.write(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
