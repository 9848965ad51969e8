package org.atelier;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows of the layering, checked on the compiled application: interfaces use the
 * application, the application uses the domain, infrastructure implements the application's
 * ports; and the journeys inside a layer lean on each other one way only.
 */
@AnalyzeClasses(packages = "org.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainLooksNoFurtherThanItself = noClasses()
            .that().resideInAPackage("org.atelier.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.atelier.application..", "org.atelier.infrastructure..", "org.atelier.interfaces..");

    @ArchTest
    static final ArchRule theApplicationKnowsNoAdapter = noClasses()
            .that().resideInAPackage("org.atelier.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.atelier.infrastructure..", "org.atelier.interfaces..");

    @ArchTest
    static final ArchRule pagesAndResourcesReachNoInfrastructure = noClasses()
            .that().resideInAPackage("org.atelier.interfaces..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.infrastructure..");

    @ArchTest
    static final ArchRule applicationJourneysHaveNoCycles = slices()
            .matching("org.atelier.application.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webJourneysHaveNoCycles = slices()
            .matching("org.atelier.interfaces.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule infrastructurePackagesHaveNoCycles = slices()
            .matching("org.atelier.infrastructure.(*)..").should().beFreeOfCycles();
}
