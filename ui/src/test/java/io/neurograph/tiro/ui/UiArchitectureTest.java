package io.neurograph.tiro.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** D1: app → ui → engine, never back; the engine knows nothing of JavaFX. Engine classes come from the class path. */
@AnalyzeClasses(packages = {"io.neurograph.engine", "io.neurograph.tiro"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule ENGINE_IS_UI_FREE = noClasses().that().resideInAPackage("io.neurograph.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.neurograph.tiro..");

    @ArchTest
    static final ArchRule UI_DOES_NOT_DEPEND_ON_APP = noClasses().that().resideInAPackage("io.neurograph.tiro.ui..")
            .should().dependOnClassesThat().resideInAPackage("io.neurograph.tiro.app..");

    @ArchTest
    static final ArchRule VIEW_MODELS_NEVER_TOUCH_NODES = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}
