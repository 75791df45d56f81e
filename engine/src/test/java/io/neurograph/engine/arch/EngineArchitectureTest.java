package io.neurograph.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: no UI toolkit, no dependency on the layers built on it. */
class EngineArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.neurograph.engine");
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(engine);
    }

    @Test
    void engineDoesNotDependOnUiOrApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.neurograph.tiro..").check(engine);
    }

    @Test
    void engineDoesNotUseAwtOrSwing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..").check(engine);
    }

    @Test
    void engineDoesNotPrintToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(engine);
    }
}
