#!/usr/bin/env bash
# Builds dist/Tiro, a Linux app-image whose launcher runs Tiro with JavaFX on the module path
# (a JavaFX application on the class path is an unsupported configuration).
# Run `mvn -DskipTests package` first; it produces app/target/tiro-nofx.jar (the app without JavaFX)
# and app/target/javafx/ (this platform's JavaFX jars).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
TARGET="$ROOT/app/target"
INPUT="$TARGET/jpackage-input"
DEST="$ROOT/dist"
NAME=Tiro

if [[ ! -f "$TARGET/tiro-nofx.jar" || ! -d "$TARGET/javafx" ]]; then
    echo "Missing $TARGET/tiro-nofx.jar or $TARGET/javafx/: run 'mvn -DskipTests package' first." >&2
    exit 1
fi
VERSION="$(unzip -p "$TARGET/tiro-nofx.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: //p' | tr -d '\r')"

# jpackage copies the input folder to lib/app (the launcher's $APPDIR) and puts every jar in it, even in
# sub-folders, on the class path; so the input holds only the app jar, and JavaFX comes in as app content,
# which jpackage puts in lib/javafx, i.e. $APPDIR/../javafx
rm -rf "$INPUT" "${DEST:?}/$NAME"
mkdir -p "$INPUT" "$DEST"
cp "$TARGET/tiro-nofx.jar" "$INPUT/"

"$JAVA_HOME/bin/jpackage" --type app-image \
    --name "$NAME" \
    --app-version "$VERSION" \
    --vendor "NeuroGraph" \
    --description "Tiro Control Center for the NeuroGraph engine" \
    --input "$INPUT" \
    --main-jar tiro-nofx.jar \
    --main-class io.neurograph.tiro.app.Main \
    --app-content "$TARGET/javafx" \
    --java-options '--module-path $APPDIR/../javafx' \
    --java-options '--add-modules javafx.controls,javafx.graphics,javafx.base' \
    --java-options '--enable-native-access=javafx.graphics,ALL-UNNAMED' \
    --dest "$DEST"

echo "Built $DEST/$NAME (launcher: $DEST/$NAME/bin/$NAME)"
