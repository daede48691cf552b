package vn.dondoc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way, from the shell up to the features that use everything:
 * web ← audit ← body ← account ← directive ← task ← importer, report ← reminder, operations; and the reader
 * ({@code importer.reading}) uses nothing of the application. The README lists what each package may use. The
 * classes read are javac's, in {@code target/classes}: the ones Quarkus generates (templates, bundles, entities'
 * accessors) are made at build time into the application, not there, so there is nothing of theirs to ignore.
 */
class ArchitectureTest {

    private static final String WEB = "vn.dondoc.web..";
    private static final String[] FEATURES = {"vn.dondoc.audit..", "vn.dondoc.body..", "vn.dondoc.account..",
            "vn.dondoc.directive..", "vn.dondoc.task..", "vn.dondoc.importer..", "vn.dondoc.report..",
            "vn.dondoc.reminder..", "vn.dondoc.operations.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dondoc");
    }

    @Test
    void packagesFormNoCycle() {
        check(slices().matching("vn.dondoc.(*)..").should().beFreeOfCycles());
    }

    @Test
    void subpackagesFormNoCycleEither() {
        check(slices().matching("vn.dondoc.(**)").should().beFreeOfCycles());
    }

    @Test
    void theReaderUsesNothingOfTheApplication() {
        check(noClasses().that().resideInAPackage("vn.dondoc.importer.reading..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "vn.dondoc.importer.reading.."));
    }

    @Test
    void theWebShellUsesNoFeature() {
        check(noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat().resideInAnyPackage(FEATURES));
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        check(layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy(WEB)
                .layer("audit").definedBy("vn.dondoc.audit..")
                .layer("body").definedBy("vn.dondoc.body..")
                .layer("account").definedBy("vn.dondoc.account..")
                .layer("directive").definedBy("vn.dondoc.directive..")
                .layer("task").definedBy("vn.dondoc.task..")
                .layer("reading").definedBy("vn.dondoc.importer.reading..")
                .layer("importer").definedBy("vn.dondoc.importer")
                .layer("report").definedBy("vn.dondoc.report..")
                .layer("reminder").definedBy("vn.dondoc.reminder..")
                .layer("operations").definedBy("vn.dondoc.operations..")
                .whereLayer("operations").mayNotBeAccessedByAnyLayer()
                .whereLayer("reminder").mayNotBeAccessedByAnyLayer()
                .whereLayer("importer").mayNotBeAccessedByAnyLayer()
                .whereLayer("reading").mayOnlyBeAccessedByLayers("importer")
                .whereLayer("report").mayOnlyBeAccessedByLayers("reminder")
                .whereLayer("task").mayOnlyBeAccessedByLayers("importer", "report", "reminder")
                .whereLayer("directive").mayOnlyBeAccessedByLayers("task", "importer", "report", "reminder")
                .whereLayer("account").mayOnlyBeAccessedByLayers("directive", "task", "importer", "report", "reminder")
                .whereLayer("body").mayOnlyBeAccessedByLayers("account", "directive", "task", "importer", "report", "reminder")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("body", "account", "directive", "task", "importer", "report",
                        "reminder", "operations"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
