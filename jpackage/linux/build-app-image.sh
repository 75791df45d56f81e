#!/usr/bin/env bash
# Builds dist/Tiro, a Linux app-image whose runtime holds JavaFX as named modules
# (a JavaFX application on the class path is an unsupported configuration).
# Run `mvn -DskipTests package` first; it produces app/target/tiro-nofx.jar (the app without JavaFX)
# and app/target/javafx/ (this platform's JavaFX jars).
#
# The image starts faster with class-data sharing (docs/benchmarks.md, "Start-up"): the runtime gets the JDK's
# default CDS archive (jlink --generate-cds-archive), and lib/app/tiro.jsa archives the JDK, JavaFX and Tiro
# classes that a start-up loads, recorded by one training start of the built image (which needs xvfb-run or a
# display). A refused archive (say, the image was copied without keeping file times) costs speed, not the start:
# the JVM says why on stderr and runs without it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
TARGET="$ROOT/app/target"
INPUT="$TARGET/jpackage-input"
DEST="$ROOT/dist"
NAME=Tiro
IMAGE="$DEST/$NAME"

if [[ ! -f "$TARGET/tiro-nofx.jar" || ! -d "$TARGET/javafx" ]]; then
    echo "Missing $TARGET/tiro-nofx.jar or $TARGET/javafx/: run 'mvn -DskipTests package' first." >&2
    exit 1
fi
VERSION="$(unzip -p "$TARGET/tiro-nofx.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: //p' | tr -d '\r')"

# jpackage copies the input folder to lib/app (the launcher's $APPDIR) and puts every jar in it on the class path;
# JavaFX is linked into the runtime instead (its jars are modular), where it is resolved like the JDK's own modules.
# (With JavaFX on --module-path, a class-data archive breaks the app on JDK 25.0.3: building the Dashboard, loading
# an archived JavaFX class throws "SecurityException: sealing violation: package javafx.scene.control.skin is sealed".)
# The runtime holds the JDK's modules (jpackage's default set plus locale data and charsets), except the linker,
# which a JDK without packaged modules cannot copy, and Graal/JVMCI and the serviceability agent, which the app does
# not use; of the incubators only jdk.incubator.vector, which the launcher adds for SIMD vector search.
rm -rf "$INPUT" "${IMAGE:?}"
mkdir -p "$INPUT" "$DEST"
cp "$TARGET/tiro-nofx.jar" "$INPUT/"
JDK_MODULES="$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$JAVA_HOME/release" | tr ' ' '\n' | grep -v -E '^(jdk\.incubator\..*|jdk\.jlink|jdk\.jpackage|jdk\.graal\..*|jdk\.internal\.vm\.ci|jdk\.hotspot\.agent)$' | paste -sd,)"

# jlink options: jpackage's defaults, except that bin/java stays (jlink needs it to dump the CDS archive),
# plus that archive. JVM log messages go to stderr, so that `Tiro --json …` keeps a clean stdout even if
# the class-data archive is ever refused (then the JVM says why there and starts without it).
"$JAVA_HOME/bin/jpackage" --type app-image \
    --name "$NAME" \
    --app-version "$VERSION" \
    --vendor "NeuroGraph" \
    --description "Tiro Control Center for the NeuroGraph engine" \
    --input "$INPUT" \
    --main-jar tiro-nofx.jar \
    --main-class io.neurograph.tiro.app.Main \
    --module-path "$TARGET/javafx" \
    --add-modules "$JDK_MODULES,jdk.incubator.vector,javafx.controls,javafx.graphics,javafx.base" \
    --jlink-options '--strip-debug --no-man-pages --no-header-files --generate-cds-archive' \
    --java-options '--add-modules jdk.incubator.vector' \
    --java-options '--enable-native-access=javafx.graphics,ALL-UNNAMED' \
    --java-options '-Xlog:disable -Xlog:all=warning:stderr' \
    --dest "$DEST"

# Class-data archive, built with the launcher itself so that it matches the launcher's JVM options exactly:
# a training start of the desktop app on an empty data folder, closed by StartupProbe once its main window is
# ready, lists the classes it loaded; a dump run (-Xshare:dump, then `--version`) archives them. The launcher
# maps the archive only if both steps worked.
archive="$IMAGE/lib/app/tiro.jsa"
classlist="$TARGET/jpackage-cds.classlist"
train_log="$TARGET/jpackage-cds.log"
train_dir="$(mktemp -d)"
display=()
if command -v xvfb-run >/dev/null; then
    display=(xvfb-run -a)   # an invisible display, also when there is a real one
fi
if [[ -n "${DISPLAY:-}" || ${#display[@]} -gt 0 ]] \
    && JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist -Dtiro.startup.exit=true" \
        timeout 300 "${display[@]}" "$IMAGE/bin/$NAME" --data-dir="$train_dir" >"$train_log" 2>&1 \
    && JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist -XX:SharedArchiveFile=$archive" \
        "$IMAGE/bin/$NAME" --version >>"$train_log" 2>&1 \
    && [[ -s "$archive" ]]; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/tiro.jsa' "$IMAGE/lib/app/$NAME.cfg"
    echo "Class-data archive: $archive ($(du -h "$archive" | cut -f1))"
else
    rm -f "$archive"
    echo "No class-data archive (it needs xvfb-run or a display; see $train_log): the image starts without it." >&2
fi
rm -rf "$train_dir"

echo "Built $IMAGE (launcher: $IMAGE/bin/$NAME)"
