package io.neurograph.tiro.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction app → ui → engine (and app → engine), checked over all three modules' classes. */
class LayeringTest {

    @Test
    void layersOnlyDependDownwards() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.neurograph");
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("io.neurograph.tiro.app..")
                .layer("Ui").definedBy("io.neurograph.tiro.ui..")
                .layer("Engine").definedBy("io.neurograph.engine..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Ui", "App")
                .check(classes);
    }
}
